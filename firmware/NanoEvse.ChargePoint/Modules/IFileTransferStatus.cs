namespace NanoEvse.ChargePoint.Modules
{
    /// <summary>
    /// Where a triggered DiagnosticsStatusNotification or FirmwareStatusNotification gets its status: Firmware
    /// Management sets <see cref="Charger.FileTransfers"/>; without it both report Idle.
    /// </summary>
    public interface IFileTransferStatus
    {
        /// <summary>A DiagnosticsStatus value: Idle, Uploading, Uploaded or UploadFailed.</summary>
        string DiagnosticsStatus { get; }

        /// <summary>A FirmwareStatus value: Idle, Downloading, Downloaded, DownloadFailed, Installing, Installed or InstallationFailed.</summary>
        string FirmwareStatus { get; }
    }
}
