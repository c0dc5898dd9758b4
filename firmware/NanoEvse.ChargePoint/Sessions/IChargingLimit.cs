namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// The limit charging profiles put on each connector, as the Smart Charging module works it out (the composite
    /// schedule in force now). The sessions ask on every poll and offer the vehicle no more than it says, so it must
    /// be cheap: the module recomputes when a period starts or a profile changes, not per call.
    /// </summary>
    public interface IChargingLimit
    {
        /// <summary>
        /// The most current connector <paramref name="connectorId"/> may offer now, per phase, in 0.1 A; int.MaxValue
        /// when no profile limits it. Below 60 (6 A) the connector offers nothing and its vehicle waits (SuspendedEVSE).
        /// </summary>
        int LimitDeciAmps(int connectorId);
    }
}
