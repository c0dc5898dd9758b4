using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>Remote Trigger: TriggerMessage.</summary>
    public sealed class RemoteTriggerModule : IFeatureModule
    {
        public int Feature
        {
            get { return Features.RemoteTrigger; }
        }

        public void Attach(Charger charger)
        {
        }

        public void Poll(long nowMs)
        {
        }
    }
}
