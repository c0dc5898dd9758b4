using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.FileTransfer;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>
    /// Firmware Management: UpdateFirmware into the slot that does not run, with rollback by the loader, and
    /// GetDiagnostics. Both report through FirmwareStatusNotification and DiagnosticsStatusNotification, and a
    /// triggered one reads their state here (<see cref="Charger.FileTransfers"/>).
    /// </summary>
    public sealed class FirmwareManagementModule : IFeatureModule, IFileTransferStatus
    {
        private readonly IFileTransfers _transfers;
        private readonly IFirmwareImage _image;

        /// <param name="transfers">The platform's FTP and HTTP(S) transfers.</param>
        /// <param name="image">What the loader ran at this boot.</param>
        public FirmwareManagementModule(IFileTransfers transfers, IFirmwareImage image)
        {
            _transfers = transfers;
            _image = image;
        }

        public int Feature
        {
            get { return Features.FirmwareManagement; }
        }

        public FirmwareUpdate Update { get; private set; }

        public DiagnosticsUpload Diagnostics { get; private set; }

        public string DiagnosticsStatus
        {
            get { return Diagnostics.Status; }
        }

        public string FirmwareStatus
        {
            get { return Update.Status; }
        }

        public void Attach(Charger charger)
        {
            Update = new FirmwareUpdate(charger, _transfers, _image);
            Update.Load();
            Diagnostics = new DiagnosticsUpload(charger, _transfers, _image);
            charger.Router.Register(new UpdateFirmware(Update));
            charger.Router.Register(new GetDiagnostics(Diagnostics));
            charger.FileTransfers = this;
        }

        public void Poll(long nowMs)
        {
            Update.Poll(nowMs);
            Diagnostics.Poll(nowMs);
        }
    }
}
