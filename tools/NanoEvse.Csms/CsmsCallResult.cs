using System.Text.Json;

namespace NanoEvse.Csms
{
    public enum CsmsCallOutcome
    {
        Result,
        Error,
        Timeout,

        /// <summary>The charger was not connected, or the connection ended before it answered.</summary>
        Disconnected
    }

    /// <summary>How a CALL sent by the CSMS ended.</summary>
    public sealed class CsmsCallResult
    {
        internal CsmsCallResult(CsmsCallOutcome outcome, string messageId)
        {
            Outcome = outcome;
            MessageId = messageId;
        }

        public CsmsCallOutcome Outcome { get; }

        public string MessageId { get; }

        /// <summary>The CALLRESULT payload (Result only).</summary>
        public JsonElement Payload { get; internal init; }

        /// <summary>The CALLERROR fields (Error only).</summary>
        public string ErrorCode { get; internal init; }

        public string ErrorDescription { get; internal init; }

        public JsonElement ErrorDetails { get; internal init; }

        public override string ToString()
        {
            switch (Outcome)
            {
                case CsmsCallOutcome.Result:
                    return "Result " + Payload.GetRawText();
                case CsmsCallOutcome.Error:
                    return "Error " + ErrorCode + " '" + ErrorDescription + "'";
                default:
                    return Outcome.ToString();
            }
        }
    }
}
