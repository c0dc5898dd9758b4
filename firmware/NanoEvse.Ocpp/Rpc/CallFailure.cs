namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>Why an outgoing call ended without a response when the CSMS did not send a CALLERROR.</summary>
    public static class CallFailure
    {
        public const string Timeout = "Timeout";
        public const string ConnectionLost = "ConnectionLost";
        public const string InvalidResponse = "InvalidResponse";
        public const string QueueFull = "QueueFull";
    }
}
