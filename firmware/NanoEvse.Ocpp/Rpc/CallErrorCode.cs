namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>The OCPP-J 1.6 CALLERROR codes, spelled as they go on the wire (typos included).</summary>
    public static class CallErrorCode
    {
        public const string NotImplemented = "NotImplemented";
        public const string NotSupported = "NotSupported";
        public const string InternalError = "InternalError";
        public const string ProtocolError = "ProtocolError";
        public const string SecurityError = "SecurityError";
        public const string FormationViolation = "FormationViolation";
        public const string PropertyConstraintViolation = "PropertyConstraintViolation";
        public const string OccurenceConstraintViolation = "OccurenceConstraintViolation";
        public const string TypeConstraintViolation = "TypeConstraintViolation";
        public const string GenericError = "GenericError";
    }
}
