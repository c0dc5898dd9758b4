namespace NanoEvse.FirmwareManagement
{
    /// <summary>The OCPP 1.6 DiagnosticsStatus values.</summary>
    public static class DiagnosticsStatus
    {
        public const string Idle = "Idle";
        public const string Uploaded = "Uploaded";
        public const string UploadFailed = "UploadFailed";
        public const string Uploading = "Uploading";
    }
}
