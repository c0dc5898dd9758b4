using NanoEvse.ChargePoint.Modules;
using NanoEvse.FileTransfer;
using NanoEvse.FirmwareManagement;
using NanoEvse.LocalAuthList;
using NanoEvse.RemoteTrigger;
using NanoEvse.Reservation;
using NanoEvse.SmartCharging;

namespace NanoEvse.Emulator
{
    /// <summary>The optional feature profiles the emulator links, as the device image does: all that exist.</summary>
    public static class LinkedModules
    {
        /// <summary>Fresh modules for one boot; the charger profile decides which are offered.</summary>
        /// <param name="transfers">Firmware Management's FTP and HTTP(S) transfers.</param>
        /// <param name="firmware">What the loader ran at this boot.</param>
        public static IFeatureModule[] Build(IFileTransfers transfers, IFirmwareImage firmware)
        {
            return new IFeatureModule[]
            {
                new RemoteTriggerModule(), new LocalAuthListModule(), new ReservationModule(), new SmartChargingModule(),
                new FirmwareManagementModule(transfers, firmware),
            };
        }
    }
}
