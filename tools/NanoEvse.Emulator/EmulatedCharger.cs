using System;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The virtual charger across its boots: the flash, the clock, the link and the simulated hardware (vehicles
    /// included) last; the charger core is built again at every boot, as the device's application is.
    /// </summary>
    public sealed class EmulatedCharger : IRestart
    {
        private readonly ChargerSettings _settings;
        private readonly IClock _clock;
        private readonly HostWebSocketTransport _transport;
        private readonly ConsoleLog _log;
        private readonly IFileStore _flash;
        private bool _restartAsked;
        private bool _restartHard;

        /// <param name="settings">Who the charger is; the hardware and restart hook are filled in here.</param>
        public EmulatedCharger(ChargerSettings settings, IClock clock, HostWebSocketTransport transport, ConsoleLog log, IFileStore flash)
        {
            _settings = settings;
            _clock = clock;
            _transport = transport;
            _log = log;
            _flash = flash;
            int count = settings.Profile.NumberOfConnectors;
            Connectors = new SimulatedConnector[count];
            ConnectorHardware[] hardware = new ConnectorHardware[count];
            for (int i = 0; i < count; i++)
            {
                Connectors[i] = new SimulatedConnector(clock, settings.Profile.FixedCable);
                hardware[i] = Connectors[i].Hardware;
            }

            Reader = settings.Profile.RfidReader ? new SimulatedRfidReader() : null;
            Hardware = new ChargerHardware(hardware, Reader);
            Boot();
        }

        /// <summary>Index 0 is connector 1.</summary>
        public SimulatedConnector[] Connectors { get; }

        /// <summary>Null when the profile has no card reader.</summary>
        public SimulatedRfidReader Reader { get; }

        public ChargerHardware Hardware { get; }

        /// <summary>The charger core of the current boot.</summary>
        public Charger Core { get; private set; }

        /// <summary>How many times the core has booted, the first boot included.</summary>
        public int Boots { get; private set; }

        public string ChargePointId => _settings.Address.ChargePointId;

        public string ProfileName => _settings.Profile.Name;

        public SimulatedConnector Connector(int id) => Connectors[id - 1];

        /// <summary>The core loses its power: the link is cut without a close frame, nothing is finished, the flash stays.</summary>
        public void PowerCut()
        {
            _transport.Abort();
            Boot();
        }

        /// <summary>The core closes its link properly, then boots again over the same flash.</summary>
        public void Reboot()
        {
            _transport.Close();
            Boot();
        }

        /// <summary>The emulator stops: the link is closed properly.</summary>
        public void Close()
        {
            _transport.Close();
        }

        /// <summary>Whether the core asked to restart (Reset) since the last call, and how.</summary>
        public bool TakeRestartRequest(out bool hard)
        {
            hard = _restartHard;
            bool asked = _restartAsked;
            _restartAsked = false;
            return asked;
        }

        /// <summary>Called from inside the core's poll, so the restart itself waits until that poll is over.</summary>
        void IRestart.Restart(bool hard)
        {
            _restartAsked = true;
            _restartHard = hard;
        }

        private void Boot()
        {
            ChargerSettings settings = new ChargerSettings
            {
                Address = _settings.Address,
                AuthorizationKey = _settings.AuthorizationKey,
                Identity = _settings.Identity,
                // A fresh copy, so nothing one boot did to its profile carries over to the next.
                Profile = ChargerProfiles.Find(_settings.Profile.Name) ?? _settings.Profile,
                Hardware = Hardware,
                Restart = this,
            };
            _log.Tally.Forget();
            Core = new Charger(settings, _clock, _transport, _log, new Random(), _flash);
            Boots++;
        }
    }
}
