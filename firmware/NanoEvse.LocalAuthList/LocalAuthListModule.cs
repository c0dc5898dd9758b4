using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.LocalAuthList.Operations;

namespace NanoEvse.LocalAuthList
{
    /// <summary>Local Authorization List Management: GetLocalListVersion, SendLocalList and the list in front of the cache.</summary>
    public sealed class LocalAuthListModule : IFeatureModule
    {
        public int Feature
        {
            get { return Features.LocalAuthListManagement; }
        }

        /// <summary>The list, once attached; null before.</summary>
        public LocalList List { get; private set; }

        public void Attach(Charger charger)
        {
            List = new LocalList(charger.Storage, charger.Configuration, charger.Log);
            List.ReportTo = charger;
            charger.Router.Register(new GetLocalListVersion(List));
            charger.Router.Register(new SendLocalList(List, charger.Configuration));
            if (charger.Charging != null)
            {
                charger.Charging.Authorizer.List = List;
            }
        }

        public void Poll(long nowMs)
        {
        }
    }
}
