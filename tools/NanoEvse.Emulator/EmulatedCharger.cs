using System;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.FileTransfer;
using NanoEvse.FirmwareManagement;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The virtual charger across its boots: the flash, the clock, the link, the network and the simulated hardware
    /// (vehicles included) last; the application (<see cref="ChargerApp"/>, the same as on the device, safety thread
    /// included) is built again at every boot.
    /// </summary>
    public sealed class EmulatedCharger : IRestart
    {
        /// <summary>The firmware the emulator runs when its flash holds no installed update.</summary>
        public const string BuiltInVersion = "emulator-1.0.0";

        /// <summary>The emulator plays a loader of this version.</summary>
        public const int LoaderVersion = 1;

        /// <summary>What an update package must name as its target to install on the emulator.</summary>
        public const string Target = "nanoEVSE-emulator";

        /// <summary>The flash a slot may take: the emulator plays a board with a large volume (8 MB flash, 2 MiB LittleFS).</summary>
        public const int SlotBytes = 512 * 1024;

        private const int TransferTimeoutMs = 30000;

        private readonly ChargerSettings _settings;
        private readonly IClock _clock;
        private readonly HostClock _realClock = new HostClock();
        private readonly HostWebSocketTransport _transport;
        private readonly ThreadedTransport _link;
        private readonly ConsoleLog _log;
        private readonly IFileStore _flash;
        private readonly FileTransfers _transfers;
        private readonly object _gate = new object();
        private bool _restartAsked;
        private bool _restartHard;

        /// <param name="settings">Who the charger is; the hardware and restart hook are filled in here.</param>
        /// <param name="transport">Blocks in Connect like the device's client; the application connects through a <see cref="ThreadedTransport"/>.</param>
        /// <param name="tls">The CA and client certificate for HTTPS file transfers, or null for the system's trust.</param>
        public EmulatedCharger(ChargerSettings settings, IClock clock, HostWebSocketTransport transport, ConsoleLog log, IFileStore flash, TlsSettings tls = null)
        {
            _transfers = new FileTransfers(new HostNetworkStreams(tls), TransferTimeoutMs);
            _settings = settings;
            _clock = clock;
            _transport = transport;
            _transport.BlockingConnect = true;
            _link = new ThreadedTransport(transport);
            _log = log;
            _flash = flash;
            int count = settings.Profile.NumberOfConnectors;
            Connectors = new SimulatedConnector[count];
            for (int i = 0; i < count; i++)
            {
                Connectors[i] = new SimulatedConnector(clock, settings.Profile.FixedCable);
            }

            Reader = settings.Profile.RfidReader ? new SimulatedRfidReader() : null;
            Board = new SimulatedBoard(Connectors, Reader);
            Boot();
        }

        /// <summary>Index 0 is connector 1.</summary>
        public SimulatedConnector[] Connectors { get; }

        /// <summary>Null when the profile has no card reader.</summary>
        public SimulatedRfidReader Reader { get; }

        public SimulatedBoard Board { get; }

        /// <summary>The charger's network; the emulator's host is always on it.</summary>
        public HostNetwork Network { get; } = new HostNetwork();

        /// <summary>The application of the current boot.</summary>
        public ChargerApp App { get; private set; }

        /// <summary>What the loader chose at the current boot, over the same flash and rules as on the device.</summary>
        public LoadedFirmware Firmware { get; private set; }

        /// <summary>The charger core of the current boot.</summary>
        public Charger Core => App.Charger;

        /// <summary>How many times the core has booted, the first boot included.</summary>
        public int Boots { get; private set; }

        public string ChargePointId => _settings.Address.ChargePointId;

        public string ProfileName => _settings.Profile.Name;

        public SimulatedConnector Connector(int id) => Connectors[id - 1];

        /// <summary>The core loses its power: the link is cut without a close frame, nothing is finished, the flash stays.</summary>
        public void PowerCut()
        {
            App.StopSafetyThread();
            _transport.Abort();
            Boot();
        }

        /// <summary>The network goes away: the address is gone, joins fail, and the link is cut without a close frame.</summary>
        public void NetworkDown()
        {
            Network.Available = false;
            Network.Drop();
            _transport.Abort();
        }

        /// <summary>The core closes its link properly, then boots again over the same flash.</summary>
        public void Reboot()
        {
            App.StopSafetyThread();
            _transport.Close();
            Boot();
        }

        /// <summary>Wakes the application's main loop if it sleeps (Ctrl+C).</summary>
        public void WakeUp()
        {
            Core.Connection.Inbox.Wake();
        }

        /// <summary>The emulator stops: the safety thread ends and the link is closed properly.</summary>
        public void Close()
        {
            App.StopSafetyThread();
            _transport.Close();
        }

        /// <summary>Whether the application asked to restart (Reset, or a fault) since the last call, and how.</summary>
        public bool TakeRestartRequest(out bool hard)
        {
            lock (_gate)
            {
                hard = _restartHard;
                bool asked = _restartAsked;
                _restartAsked = false;
                return asked;
            }
        }

        /// <summary>
        /// Called from inside the core's poll (Reset) or from the safety thread (a fault), so the restart itself
        /// waits for the emulator's loop.
        /// </summary>
        void IRestart.Restart(bool hard)
        {
            lock (_gate)
            {
                _restartAsked = true;
                _restartHard = hard;
            }

            Core.Connection.Inbox.Wake();
        }

        private void Boot()
        {
            Firmware = new LoadedFirmware(SlotSelector.Choose(_flash, LoaderVersion), BuiltInVersion, LoaderVersion, Target, SlotBytes);
            if (Firmware.Refusals.Length > 0)
            {
                _log.Write(LogLevel.Warning, "loader", Firmware.Refusals);
            }

            _settings.Identity.FirmwareVersion = Firmware.Version;
            ChargerSettings settings = new ChargerSettings
            {
                Address = _settings.Address,
                AuthorizationKey = _settings.AuthorizationKey,
                Identity = _settings.Identity,
                // A fresh copy, so nothing one boot did to its profile carries over to the next.
                Profile = ChargerProfiles.Find(_settings.Profile.Name) ?? _settings.Profile,
                Modules = LinkedModules.Build(_transfers, Firmware),
            };
            AppPlatform platform = new AppPlatform
            {
                Clock = _clock,
                SupervisorClock = _realClock,
                Flash = _flash,
                Log = _log,
                Transport = _link,
                Network = Network,
                Board = Board,
                Restart = this,
                Random = new Random(),
            };
            App = new ChargerApp(platform, settings);
            App.StartSafetyThread();
            Boots++;
        }
    }
}
