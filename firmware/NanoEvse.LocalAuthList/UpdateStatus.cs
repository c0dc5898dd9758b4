namespace NanoEvse.LocalAuthList
{
    /// <summary>SendLocalList.conf statuses, spelled as they go on the wire.</summary>
    public static class UpdateStatus
    {
        public const string Accepted = "Accepted";
        public const string Failed = "Failed";
        public const string NotSupported = "NotSupported";
        public const string VersionMismatch = "VersionMismatch";
    }
}
