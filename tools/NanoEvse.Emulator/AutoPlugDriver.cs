using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// --auto-plug: a driver arrives whenever a session is authorized (remote start or card) on a connector with
    /// no vehicle, plugs in there with a vehicle that asks for energy at once, and unplugs once that transaction has
    /// stopped (or the authorization lapsed). A CSMS can then drive whole sessions with nobody at the console.
    /// </summary>
    public sealed class AutoPlugDriver
    {
        private readonly EmulatedCharger _charger;
        private readonly ConsoleLog _log;

        /// <summary>Per connector (index 0 is connector 1): a driver of ours is there.</summary>
        private readonly bool[] _present;

        public AutoPlugDriver(EmulatedCharger charger, ConsoleLog log)
        {
            _charger = charger;
            _log = log;
            _present = new bool[charger.Connectors.Length];
        }

        /// <summary>Runs after every main-loop pass, on the charger of the current boot.</summary>
        public void Poll()
        {
            ChargingService charging = _charger.Core.Charging;
            for (int i = 0; i < _present.Length; i++)
            {
                ConnectorSession session = charging.Sessions[i];
                SimulatedConnector connector = _charger.Connectors[i];
                if (!_present[i])
                {
                    if (session.PendingTag != null && session.Transaction == null && !connector.VehicleConnected)
                    {
                        connector.Plug();
                        connector.AskForEnergy();
                        _present[i] = true;
                        _log.Note("auto-plug: a driver plugs a vehicle into connector " + (i + 1) + " for " + session.PendingTag);
                    }
                }
                else if (session.Transaction == null && session.PendingTag == null && connector.Unplug())
                {
                    // Unplug is tried every pass: a socket's cable comes out only once the lock has opened.
                    _present[i] = false;
                    _log.Note("auto-plug: the vehicle on connector " + (i + 1) + " is unplugged");
                }
            }
        }
    }
}
