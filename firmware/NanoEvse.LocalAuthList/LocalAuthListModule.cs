using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;

namespace NanoEvse.LocalAuthList
{
    /// <summary>Local Authorization List Management: GetLocalListVersion, SendLocalList and the list in front of the cache.</summary>
    public sealed class LocalAuthListModule : IFeatureModule
    {
        public int Feature
        {
            get { return Features.LocalAuthListManagement; }
        }

        public void Attach(Charger charger)
        {
        }

        public void Poll(long nowMs)
        {
        }
    }
}
