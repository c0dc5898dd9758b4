using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>Remote Trigger: TriggerMessage, and the messages it triggers that the core does not send itself.</summary>
    public sealed class RemoteTriggerModule : IFeatureModule
    {
        private TriggeredMessages _triggered;
        private IFileTransferStatus _fileTransfers;

        public int Feature
        {
            get { return Features.RemoteTrigger; }
        }

        /// <summary>Where triggered Diagnostics- and FirmwareStatusNotifications get their status (Firmware Management); null: Idle.</summary>
        public IFileTransferStatus FileTransfers
        {
            get { return _fileTransfers; }
            set
            {
                _fileTransfers = value;
                if (_triggered != null)
                {
                    _triggered.FileTransfers = value;
                }
            }
        }

        public void Attach(Charger charger)
        {
            _triggered = new TriggeredMessages(charger);
            _triggered.FileTransfers = _fileTransfers;
            charger.Router.Register(new TriggerMessage(charger, _triggered));
        }

        public void Poll(long nowMs)
        {
            _triggered.Poll(nowMs);
        }
    }
}
