using System;
using System.Text.Json.Nodes;

namespace NanoEvse.Csms
{
    public enum CsmsReplyKind
    {
        Result,
        Error,
        NoReply,
        Delayed
    }

    /// <summary>What the CSMS answers to one CALL from a charger.</summary>
    public sealed class CsmsReply
    {
        private CsmsReply(CsmsReplyKind kind)
        {
            Kind = kind;
        }

        public CsmsReplyKind Kind { get; }

        /// <summary>The CALLRESULT payload (Result).</summary>
        public JsonNode Payload { get; private init; }

        /// <summary>The CALLERROR code and description (Error).</summary>
        public string ErrorCode { get; private init; }

        public string ErrorDescription { get; private init; }

        /// <summary>How long to hold back <see cref="Inner"/> (Delayed); the CALL counts as unanswered meanwhile.</summary>
        public TimeSpan Delay { get; private init; }

        public CsmsReply Inner { get; private init; }

        /// <summary>A CALLRESULT carrying a copy of <paramref name="payload"/> (null: the empty object).</summary>
        public static CsmsReply Result(JsonNode payload)
        {
            return new CsmsReply(CsmsReplyKind.Result) { Payload = WireJson.ToNode(payload) };
        }

        public static CsmsReply Error(string code, string description)
        {
            return new CsmsReply(CsmsReplyKind.Error) { ErrorCode = code, ErrorDescription = description ?? string.Empty };
        }

        /// <summary>
        /// Sends nothing, so the charger runs into its response timeout. The CALL is then treated as abandoned:
        /// the charger may send its next CALL (or retransmit this one) without a violation being recorded.
        /// </summary>
        public static CsmsReply NoReply { get; } = new CsmsReply(CsmsReplyKind.NoReply);

        /// <summary>Sends <paramref name="reply"/> after <paramref name="delay"/>.</summary>
        public static CsmsReply After(TimeSpan delay, CsmsReply reply)
        {
            ArgumentNullException.ThrowIfNull(reply);
            return new CsmsReply(CsmsReplyKind.Delayed) { Delay = delay, Inner = reply };
        }
    }
}
