using System;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Csms;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.EndToEnd
{
    /// <summary>
    /// A charger core on the PC's clock and a real WebSocket to an in-process CSMS, polled on a task of its own until
    /// disposed (at most 20 s, so a broken test cannot hang the run).
    /// </summary>
    public sealed class LoopbackCharger : IAsyncDisposable
    {
        private readonly HostWebSocketTransport _transport = new HostWebSocketTransport();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        private readonly Task _loop;

        /// <param name="configure">Fills in what the test needs beyond the address (profile, modules, hardware, key).</param>
        public LoopbackCharger(EmbeddedCsms csms, string chargePointId, Action<ChargerSettings> configure = null)
        {
            ChargerSettings settings = new ChargerSettings { Address = CsmsAddress.Parse(csms.Url(chargePointId), out _) };
            configure?.Invoke(settings);
            Charger = new Charger(settings, Clock, _transport, Log, new Random(5), new SimulatedFlash());
            _loop = Task.Run(() =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    Charger.Poll();
                    Thread.Sleep(5);
                }
            });
        }

        /// <summary>A default-profile charger with every module the emulator links; <paramref name="configure"/> adds the rest (hardware).</summary>
        public static LoopbackCharger WithModules(EmbeddedCsms csms, string chargePointId, Action<ChargerSettings> configure = null)
        {
            return new LoopbackCharger(csms, chargePointId, s =>
            {
                s.Profile = ChargerProfiles.Default();
                s.Modules = TestModules.Linked();
                configure?.Invoke(s);
            });
        }

        public HostClock Clock { get; } = new HostClock();

        public RecordingLog Log { get; } = new RecordingLog();

        public Charger Charger { get; }

        /// <summary>Stops the polling; a test may call it to stop the charger before its asserts, and again at the end.</summary>
        public async ValueTask DisposeAsync()
        {
            if (_loop.IsCompleted && _stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            await _loop;
            _transport.Dispose();
        }
    }
}
