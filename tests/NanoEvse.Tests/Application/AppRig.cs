using System;
using System.Collections.Generic;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Application
{
    /// <summary>
    /// The whole device application (<see cref="ChargerApp"/>) on simulated hardware in virtual time: the test plays
    /// both threads, the safety thread every 20 ms and the main loop every 100 ms, and can stop the main loop
    /// to see what the safety thread does alone. The link is a <see cref="HangingTransport"/> behind the same
    /// <see cref="ThreadedTransport"/> the device uses, so connection attempts really run on threads of their own.
    /// </summary>
    public sealed class AppRig : ITimeSync
    {
        public const int MainLoopPeriodMs = ChargerApp.IdlePollMs;

        private readonly List<Frame> _unread = new List<Frame>();
        private int _seen;

        public AppRig(string profile = "default", int hangingAttempts = 0, bool networkUp = true, Action<ChargerSettings> configure = null, DateTime? clockStart = null)
            : this(ChargerProfiles.Find(profile), new VirtualClock(clockStart ?? ChargerRig.Start), new SimulatedFlash(), null, new HangingTransport(hangingAttempts), new HostNetwork(networkUp), configure)
        {
        }

        private AppRig(ChargerProfile profile, VirtualClock clock, SimulatedFlash flash, FaultInjectingBoard board, HangingTransport transport, HostNetwork network, Action<ChargerSettings> configure)
        {
            Profile = profile;
            Clock = clock;
            Flash = flash;
            Transport = transport;
            Network = network;
            Board = board ?? new FaultInjectingBoard(new SimulatedBoard(
                new[] { new SimulatedConnector(clock, profile.FixedCable) },
                profile.RfidReader ? new SimulatedRfidReader() : null));
            Configure = configure;

            // Frames of an earlier boot on the same link were taken by the rig of that boot.
            _seen = transport.Link.Sent.Count;
            Settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse("ws://csms.test/ocpp/CP001", out _),
                Profile = ChargerProfiles.Find(profile.Name),
                Modules = TestModules.Linked(),
            };
            configure?.Invoke(Settings);
            App = new ChargerApp(new AppPlatform
            {
                Clock = Clock,
                TimeSync = this,
                Flash = Flash,
                Log = Log,
                Transport = Threaded = new ThreadedTransport(Transport),
                Network = Network,
                Board = Board,
                Restart = Restarts,
                Random = new Random(7),
            }, Settings);
        }

        public ChargerProfile Profile { get; }
        public VirtualClock Clock { get; }
        public SimulatedFlash Flash { get; }
        public FaultInjectingBoard Board { get; }
        public HangingTransport Transport { get; }
        public ThreadedTransport Threaded { get; private set; }
        public HostNetwork Network { get; }
        public ChargerSettings Settings { get; }
        public Action<ChargerSettings> Configure { get; }
        public RecordingLog Log { get; } = new RecordingLog();
        public RecordingRestart Restarts { get; } = new RecordingRestart();
        public ChargerApp App { get; }
        public Charger Charger => App.Charger;
        public SimulatedConnector Evse => Board.Inner.Connectors[0];
        public SimulatedRfidReader Reader => Board.Inner.Reader;

        /// <summary>What the platform's SNTP client would say: set by the test.</summary>
        public bool IsSynchronized { get; set; }

        /// <summary>While true the main loop makes no passes, as if stuck; the safety thread runs on.</summary>
        public bool MainLoopStuck { get; set; }

        /// <summary>The same device after a restart: same flash, clock, hardware, link and network; a new application.</summary>
        public AppRig Reboot()
        {
            Flash.PowerOn();
            return new AppRig(Profile, Clock, Flash, Board, Transport, Network, Configure);
        }

        /// <summary>Lets <paramref name="ms"/> of virtual time pass: a safety tick every 20 ms, a main-loop pass every 100 ms.</summary>
        public void Run(long ms)
        {
            long end = Clock.MonotonicMs + ms;
            while (Clock.MonotonicMs < end)
            {
                Clock.Advance(Math.Min(SafetyMonitor.PeriodMs, end - Clock.MonotonicMs));
                App.Safety.RunOnce();
                if (!MainLoopStuck && Clock.MonotonicMs % MainLoopPeriodMs == 0)
                {
                    App.Step();
                    SettleThreads();
                }
            }
        }

        /// <summary>Runs until <paramref name="condition"/> holds; returns the virtual ms it took, or fails after <paramref name="maxMs"/>.</summary>
        public long RunUntil(Func<bool> condition, long maxMs, string what)
        {
            long start = Clock.MonotonicMs;
            while (!condition())
            {
                Assert.True(Clock.MonotonicMs - start < maxMs, what + " did not happen within " + maxMs + " ms");
                Run(SafetyMonitor.PeriodMs);
            }

            return Clock.MonotonicMs - start;
        }

        /// <summary>Main-loop passes without time passing, e.g. to take a frame the CSMS just sent.</summary>
        public void Pass(int times = 3)
        {
            for (int i = 0; i < times; i++)
            {
                App.Step();
                SettleThreads();
            }
        }

        /// <summary>
        /// Connection attempts and network joins run on real threads while the test's time is virtual: give one
        /// that will not hang the real moment it needs, so virtual time does not run past it.
        /// </summary>
        private void SettleThreads()
        {
            System.Threading.SpinWait.SpinUntil(
                () => (Threaded.RunningAttempts == Transport.Blocked) && (!App.Network.Joining || Network.JoinsHeld),
                TimeSpan.FromSeconds(5));
        }

        /// <summary>Frames sent on the scripted link that the test has not taken yet.</summary>
        public IReadOnlyList<Frame> Unread
        {
            get
            {
                Collect();
                return _unread;
            }
        }

        /// <summary>Runs until the charger sends a CALL, which must be of <paramref name="action"/>.</summary>
        public Frame ExpectCall(string action, long maxMs = 60000)
        {
            RunUntil(() => Unread.Count > 0, maxMs, action);
            Frame frame = _unread[0];
            _unread.RemoveAt(0);
            Assert.True(frame.Type == 2 && frame.Action == action, "expected a " + action + " CALL but got " + frame);
            return frame;
        }

        public void Reply(Frame call, string payloadJson)
        {
            Transport.Link.Deliver("[3,\"" + call.Id + "\"," + payloadJson + "]");
            Pass();
        }

        /// <summary>Accepts the boot and answers the StatusNotifications after it; returns them.</summary>
        public List<Frame> BootAccepted()
        {
            Frame boot = ExpectCall("BootNotification");
            Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"" + ChargerRig.Iso(Clock.UtcNow) + "\",\"interval\":300}");
            List<Frame> statuses = new List<Frame>();
            Pass();
            while (Unread.Count > 0 && _unread[0].Action == "StatusNotification")
            {
                Frame status = _unread[0];
                _unread.RemoveAt(0);
                statuses.Add(status);
                Reply(status, "{}");
            }

            return statuses;
        }

        /// <summary>Plug in a vehicle that asks for energy at once and present <paramref name="idTag"/>, then let the main loop act.</summary>
        public void PlugAndSwipe(string idTag)
        {
            Evse.Plug();
            Evse.AskForEnergy();
            Run(500);
            if (Reader != null)
            {
                Reader.Present(idTag);
            }
        }

        private void Collect()
        {
            while (_seen < Transport.Link.Sent.Count)
            {
                _unread.Add(new Frame(Transport.Link.Sent[_seen++]));
            }
        }
    }
}
