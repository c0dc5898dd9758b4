using NanoEvse.ChargePoint.Modules;
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
        public static IFeatureModule[] Build()
        {
            return new IFeatureModule[] { new RemoteTriggerModule(), new LocalAuthListModule(), new ReservationModule(), new SmartChargingModule() };
        }
    }
}
