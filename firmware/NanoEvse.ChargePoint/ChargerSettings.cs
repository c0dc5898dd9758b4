using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Model;

namespace NanoEvse.ChargePoint
{
    /// <summary>What a charger needs to know before it can start: where its CSMS is and what it is.</summary>
    public sealed class ChargerSettings
    {
        /// <summary>CSMS URL whose last path segment is this charger's id.</summary>
        public CsmsAddress Address;

        /// <summary>Password for HTTP Basic auth (AuthorizationKey), or null to connect without.</summary>
        public string AuthorizationKey;

        public ChargePointIdentity Identity = new ChargePointIdentity();

        public int NumberOfConnectors = 1;
    }
}
