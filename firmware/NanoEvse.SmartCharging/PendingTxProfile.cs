namespace NanoEvse.SmartCharging
{
    /// <summary>A RemoteStartTransaction's TxProfile, waiting for the transaction its idTag starts.</summary>
    public sealed class PendingTxProfile
    {
        /// <summary>The connector the start was asked for; 0 for any.</summary>
        public readonly int ConnectorId;
        public readonly string IdTag;
        public readonly ChargingProfile Profile;

        /// <summary>When the start was accepted (monotonic): only a transaction begun since then takes the profile.</summary>
        public readonly long SinceMs;

        public PendingTxProfile(int connectorId, string idTag, ChargingProfile profile, long sinceMs)
        {
            ConnectorId = connectorId;
            IdTag = idTag;
            Profile = profile;
            SinceMs = sinceMs;
        }
    }
}
