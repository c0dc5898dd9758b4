using System.Globalization;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Why a residual-current trip outlasts clear-fault, a re-plug and a reboot: the charger re-arms the monitor only
    /// once the vehicle has been gone for <see cref="ConnectorSession.ResidualCurrentRearmMs"/>, so say what it waits for.
    /// </summary>
    public static class ResidualCurrentWait
    {
        /// <summary>What the charger waits for before the connector leaves Faulted/GroundFailure, or null when the monitor is not tripped.</summary>
        public static string Describe(SimulatedConnector evse, ConnectorSession session, IClock clock)
        {
            if (!evse.IsTripped)
            {
                return null;
            }

            const string head = "residual-current monitor tripped: re-armed ";
            long rearmS = ConnectorSession.ResidualCurrentRearmMs / 1000;
            string after = rearmS.ToString(CultureInfo.InvariantCulture) + " s after the cable is out";
            if (evse.ResidualCurrentFault)
            {
                return head + after + ", once the injected rcd fault is cleared (clear-fault)";
            }

            long due = session.ResidualCurrentRearmDueMs;
            if (evse.VehicleConnected || due < 0)
            {
                return head + after + " (unplug to start the count)";
            }

            // The charger's own deadline, so this never drifts from what the core does.
            long left = due - clock.MonotonicMs;
            return head + after + (left > 0 ? " (in " + ((left + 999) / 1000).ToString(CultureInfo.InvariantCulture) + " s)" : " (due now)");
        }
    }
}
