using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint
{
    /// <summary>What a charger needs to know before it can start: its model, where its CSMS is, and what it is.</summary>
    public sealed class ChargerSettings
    {
        /// <summary>CSMS URL whose last path segment is this charger's id.</summary>
        public CsmsAddress Address;

        /// <summary>
        /// Basic-auth password from provisioning, or null. When the profile has an AuthorizationKey key, a
        /// value the CSMS stored there takes its place.
        /// </summary>
        public string AuthorizationKey;

        public ChargePointIdentity Identity = new ChargePointIdentity();

        /// <summary>The connectors' hardware and the card reader; null for a charger core without sessions (link tests).</summary>
        public ChargerHardware Hardware;

        /// <summary>What a Reset ends with; null makes the charger refuse Reset.</summary>
        public IRestart Restart;

        /// <summary>The optional feature profiles linked into this build, built afresh for each boot; null or empty for Core only.</summary>
        public IFeatureModule[] Modules;

        /// <summary>The charger model: hardware facts and configuration defaults.</summary>
        public ChargerProfile Profile = ChargerProfiles.Default();
    }
}
