using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>What a connector does about a transaction the journal found running when the charger went down.</summary>
    public sealed partial class ConnectorSession
    {
        /// <summary>
        /// The journal stopped this connector's transaction at boot (PowerLoss): as after any stop, a vehicle or
        /// cable still there makes the connector Finishing, and the socket lets go of the cable.
        /// </summary>
        public void EndInterrupted()
        {
            _finishing = VehicleConnected || CableInSocket;
            ReleaseLockAfterStop(StopReason.PowerLoss);

            _log.Write(LogLevel.Info, Component, "connector " + Id + ": transaction ended by the restart");
        }
    }
}
