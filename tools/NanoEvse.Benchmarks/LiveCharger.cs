using System;
using System.Threading;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.Csms;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.RemoteTrigger;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// The charger application in real time as the emulator runs it (ChargerApp with its safety thread, a main loop
    /// of Step() then WaitForWork(), ThreadedTransport over a blocking HostWebSocketTransport, a simulated board and
    /// the host's network) against the embedded CSMS over loopback.
    /// </summary>
    internal sealed class LiveCharger : IDisposable
    {
        public const string Id = "CP-BENCH";
        private static readonly TimeSpan BootPatience = TimeSpan.FromSeconds(20);

        private readonly HostWebSocketTransport _transport = new HostWebSocketTransport { BlockingConnect = true };
        private readonly Thread _mainLoop;
        private volatile bool _stopping;

        /// <param name="heartbeatSeconds">The interval the CSMS hands out at boot.</param>
        public LiveCharger(int heartbeatSeconds)
        {
            Csms = EmbeddedCsms.StartNew(new CsmsOptions { HeartbeatIntervalSeconds = heartbeatSeconds });
            HostClock clock = new HostClock();
            ChargerProfile profile = ChargerProfiles.Find(ChargerProfiles.DefaultName);
            Board = new SimulatedBoard(new[] { new SimulatedConnector(clock, profile.FixedCable) }, new SimulatedRfidReader());
            ChargerSettings settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse(Csms.Url(Id), out _),
                Profile = profile,
                // Remote Trigger, for the triggered function time; the other modules play no part in these figures.
                Modules = new IFeatureModule[] { new RemoteTriggerModule() },
            };
            App = new ChargerApp(new AppPlatform
            {
                Clock = clock,
                Flash = new SimulatedFlash(),
                Log = new SilentLog(),
                Transport = new ThreadedTransport(_transport),
                Network = new HostNetwork(),
                Board = Board,
                Restart = Restarts,
                Random = new Random(1),
            }, settings);
            App.StartSafetyThread();
            _mainLoop = new Thread(RunMainLoop) { Name = "main loop" };
            _mainLoop.Start();
        }

        public EmbeddedCsms Csms { get; }

        public ChargerApp App { get; }

        public SimulatedBoard Board { get; }

        public NoRestart Restarts { get; } = new NoRestart();

        /// <summary>Waits until the boot is accepted and both StatusNotifications are answered, then lets the link go quiet.</summary>
        public void WaitUntilBooted()
        {
            Csms.WaitForCallAsync(Id, "BootNotification", BootPatience).GetAwaiter().GetResult();
            Csms.WaitForCallAsync(Id, "StatusNotification", BootPatience).GetAwaiter().GetResult();
            Csms.WaitForCallAsync(Id, "StatusNotification", BootPatience).GetAwaiter().GetResult();
            Thread.Sleep(500);
            if (!App.Charger.Registration.IsAccepted || Csms.Violations.Count > 0 || App.Halted)
            {
                throw new InvalidOperationException("the live charger did not boot cleanly");
            }
        }

        public void Dispose()
        {
            _stopping = true;
            App.Charger.Connection.Inbox.Wake();
            _mainLoop.Join();
            App.StopSafetyThread();
            _transport.Close();
            Csms.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _transport.Dispose();
        }

        private void RunMainLoop()
        {
            while (!_stopping && !App.Halted)
            {
                App.Step();
                App.WaitForWork();
            }
        }
    }
}
