using System.Text.Json;

namespace NanoEvse.Csms
{
    internal enum MessageType
    {
        Unknown = 0,
        Call = 2,
        CallResult = 3,
        CallError = 4
    }

    /// <summary>One message from a charger, taken apart. When <see cref="Problem"/> is set, only the fields before the fault are filled.</summary>
    internal sealed class IncomingFrame
    {
        public MessageType Type;
        public string MessageId;
        public string Action;

        /// <summary>CALL or CALLRESULT payload.</summary>
        public JsonElement Payload;

        public string ErrorCode;
        public string ErrorDescription;
        public JsonElement ErrorDetails;

        /// <summary>InvalidJson or WrongFrameShape, with what was wrong; null for a well-formed frame.</summary>
        public ViolationKind? Problem;
        public string ProblemDetail;
    }
}
