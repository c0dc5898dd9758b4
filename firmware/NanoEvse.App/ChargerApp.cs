using System;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.App
{
    /// <summary>
    /// The charger application, the same on the device and in the emulator: start-up order, the main loop,
    /// network supervision and fault handling around the charger core.
    /// </summary>
    /// <remarks>
    /// Start-up: the contactors are wrapped in interlocks (open), the restart cause of the previous run is taken
    /// from flash, and the core is built at once, before any network: cards and vehicles are served offline from
    /// the first second. The network is joined and the CSMS connected in the background.
    /// Each pass of the main loop beats the supervisor, polls the peripherals, the network and the core; any
    /// exception from it opens every contactor, records why and restarts. While the core does not trust its clock,
    /// each pass asks the platform whether SNTP has set it. Between passes the loop sleeps until a
    /// frame arrives or <see cref="IdlePollMs"/> has passed.
    /// </remarks>
    public sealed class ChargerApp : IFaultHandler
    {
        public const string Component = "app";

        /// <summary>The longest sleep between passes; the safety thread keeps its own 20 ms pace.</summary>
        public const int IdlePollMs = 100;

        private readonly AppPlatform _platform;
        private readonly object _gate = new object();
        private SafetyThread _safetyThread;
        private bool _halted;

        public ChargerApp(AppPlatform platform, ChargerSettings settings)
        {
            _platform = platform;
            IClock clock = platform.Clock;
            Log = new FlashLog(platform.Log, platform.Flash, clock);
            ILog log = Log;
            Storage = new DocumentStore(platform.Flash, log);
            string cause = RestartRecord.Take(Storage);

            ConnectorHardware[] boardConnectors = platform.Board.Hardware.Connectors;
            Interlocks = new ContactorInterlock[boardConnectors.Length];
            ConnectorHardware[] guarded = new ConnectorHardware[boardConnectors.Length];
            for (int i = 0; i < boardConnectors.Length; i++)
            {
                Interlocks[i] = new ContactorInterlock(boardConnectors[i]);
                guarded[i] = Guard(boardConnectors[i], Interlocks[i]);
                platform.Board.SetTripListener(i, Interlocks[i]);
            }

            settings.Hardware = new ChargerHardware(guarded, platform.Board.Hardware.Reader);
            settings.Restart = platform.Restart;
            Charger = new Charger(settings, clock, platform.Transport, log, platform.Random, platform.Flash);
            if (cause != null)
            {
                log.Write(LogLevel.Warning, Component, "restarted after a fault: " + cause);
                Charger.ReportRestartCause("restart: " + cause);
            }

            Supervisor = new LoopSupervisor(platform.SupervisorClock == null ? clock : platform.SupervisorClock);
            Safety = new SafetyMonitor(platform.Board, Interlocks, Supervisor, clock, log, this);
            Network = new NetworkSupervisor(platform.Network, log);
        }

        public Charger Charger { get; private set; }

        public DocumentStore Storage { get; private set; }

        /// <summary>The log every part of the charger writes to: the platform's, with the recent lines kept in the flash.</summary>
        public FlashLog Log { get; private set; }

        /// <summary>Index 0 is connector 1.</summary>
        public ContactorInterlock[] Interlocks { get; private set; }

        public SafetyMonitor Safety { get; private set; }

        public LoopSupervisor Supervisor { get; private set; }

        public NetworkSupervisor Network { get; private set; }

        /// <summary>Passes of the main loop so far: how often the loop woke up.</summary>
        public long Passes { get; private set; }

        /// <summary>True once a fault stopped the application; it does nothing more until it is built again.</summary>
        public bool Halted
        {
            get
            {
                lock (_gate)
                {
                    return _halted;
                }
            }
        }

        /// <summary>Starts the safety thread; <see cref="SafetyMonitor.Tick"/> then runs every 20 ms by itself.</summary>
        public void StartSafetyThread()
        {
            _safetyThread = new SafetyThread(Safety);
            _safetyThread.Start();
        }

        /// <summary>Stops the safety thread (the emulator before it builds the next boot's application).</summary>
        public void StopSafetyThread()
        {
            if (_safetyThread != null)
            {
                _safetyThread.Stop();
                _safetyThread = null;
            }
        }

        /// <summary>The main loop of the device: runs passes until a fault halts the application.</summary>
        public void Run()
        {
            StartSafetyThread();
            while (!Halted)
            {
                Step();
                WaitForWork();
            }
        }

        /// <summary>One pass of the main loop. Never throws: a fault opens the contactors, is recorded and restarts.</summary>
        public void Step()
        {
            if (Halted)
            {
                return;
            }

            long nowMs = _platform.Clock.MonotonicMs;
            Supervisor.Beat();
            Passes++;
            try
            {
                _platform.Board.PollPeripherals();
                Network.Poll(nowMs);
                Charger.Connection.NetworkUp = Network.IsUp;
                if (_platform.TimeSync != null && !Charger.ClockTrust.IsTrusted && _platform.TimeSync.IsSynchronized)
                {
                    Charger.OnTimeSynchronized();
                }

                Charger.Poll();
                Log.Flush();
            }
            catch (Exception e)
            {
                Safety.Fail("unexpected " + e.GetType().Name + " in the main loop: " + e.Message);
            }
        }

        /// <summary>Sleeps until a frame arrives or <see cref="IdlePollMs"/> has passed.</summary>
        public void WaitForWork()
        {
            WaitForWork(IdlePollMs);
        }

        /// <summary>Sleeps until a frame arrives or <paramref name="timeoutMs"/> has passed (the emulator shortens it at speed).</summary>
        public void WaitForWork(int timeoutMs)
        {
            Charger.Connection.Inbox.WaitForEvent(timeoutMs);
        }

        /// <summary>Called once, on whichever thread found the fault, after every contactor was opened.</summary>
        void IFaultHandler.OnFault(string cause)
        {
            lock (_gate)
            {
                _halted = true;
            }

            _platform.Log.Write(LogLevel.Error, Component, "contactors opened, restarting: " + cause);
            RestartRecord.Save(Storage, _platform.Log, cause);
            Charger.Connection.Inbox.Wake();
            _platform.Restart.Restart(true);
        }

        /// <summary>The connector's hardware as the core sees it: everything direct but the contactor, which goes through the interlock.</summary>
        private static ConnectorHardware Guard(ConnectorHardware board, ContactorInterlock interlock)
        {
            ConnectorHardware guarded = new ConnectorHardware();
            guarded.Pilot = board.Pilot;
            guarded.Contactor = interlock;
            guarded.Meter = board.Meter;
            guarded.ResidualCurrent = board.ResidualCurrent;
            guarded.Lock = board.Lock;
            guarded.Plug = board.Plug;
            guarded.MaxAmps = board.MaxAmps;
            return guarded;
        }
    }
}
