namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>ChangeConfiguration.conf status values.</summary>
    public static class ChangeResult
    {
        public const string Accepted = "Accepted";
        public const string Rejected = "Rejected";
        public const string RebootRequired = "RebootRequired";
        public const string NotSupported = "NotSupported";
    }
}
