using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// How RemoteStartTransaction hands its chargingProfile to the Smart Charging module. Without the module the core
    /// only checks that the field is an object and ignores it.
    /// </summary>
    public interface IRemoteStartProfile
    {
        /// <summary>Reads the profile whose value comes next, in full; throws the CALLERROR's OcppException when it is malformed. Changes nothing.</summary>
        object Read(JsonReader payload);

        /// <summary>Whether the charger can take <paramref name="profile"/> for the transaction to start: a TxProfile without transactionId it has room for.</summary>
        bool Admits(object profile);

        /// <summary>The remote start was accepted: <paramref name="profile"/> applies to the transaction <paramref name="idTag"/> starts on <paramref name="connectorId"/> (0: any).</summary>
        void Starting(int connectorId, string idTag, object profile);
    }
}
