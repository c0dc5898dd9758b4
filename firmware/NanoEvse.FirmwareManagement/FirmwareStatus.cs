namespace NanoEvse.FirmwareManagement
{
    /// <summary>The OCPP 1.6 FirmwareStatus values.</summary>
    public static class FirmwareStatus
    {
        public const string Downloaded = "Downloaded";
        public const string DownloadFailed = "DownloadFailed";
        public const string Downloading = "Downloading";
        public const string Idle = "Idle";
        public const string InstallationFailed = "InstallationFailed";
        public const string Installing = "Installing";
        public const string Installed = "Installed";
    }
}
