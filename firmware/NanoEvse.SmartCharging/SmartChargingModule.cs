using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;

namespace NanoEvse.SmartCharging
{
    /// <summary>Smart Charging: charging profiles, the composite schedule and the limit it puts on each connector.</summary>
    public sealed class SmartChargingModule : IFeatureModule
    {
        public int Feature
        {
            get { return Features.SmartCharging; }
        }

        public void Attach(Charger charger)
        {
        }

        public void Poll(long nowMs)
        {
        }
    }
}
