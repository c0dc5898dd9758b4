using System.IO;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Emulator;
using NanoEvse.Emulator.Commands;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The emulator's `status` shows the limit the charging profiles put on each connector (nothing here connects).</summary>
    public sealed class StatusLimitTests : System.IDisposable
    {
        private readonly VirtualClock _clock = new VirtualClock(ChargerRig.Start);
        private readonly HostWebSocketTransport _transport = new HostWebSocketTransport();
        private readonly StringWriter _console = new StringWriter();
        private readonly ConsoleLog _log;
        private readonly EmulatedCharger _charger;

        public StatusLimitTests()
        {
            _log = new ConsoleLog(_console, null, _clock);
            ChargerSettings settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse("ws://127.0.0.1:9/ocpp/CP001", out _),
                Profile = ChargerProfiles.Find("default"),
            };
            _charger = new EmulatedCharger(settings, _clock, _transport, _log, new SimulatedFlash());
        }

        public void Dispose()
        {
            _transport.Dispose();
            _log.Dispose();
        }

        [Theory]
        [InlineData(int.MaxValue, "; no profile limit; ")]
        [InlineData(105, "; profile limit 10.5 A; ")]
        [InlineData(160, "; profile limit 16 A; ")]
        [InlineData(50, "; profile limit 5 A, below 6 A: suspended; ")]
        public void Status_shows_the_limit_in_force_per_connector(int deciAmps, string shown)
        {
            FakeChargingLimit.On(_charger.Core, deciAmps);

            Assert.Null(new CommandExecutor(_charger, _log, null).Execute(new EmulatorCommand(CommandKind.Status, "status")));

            Assert.Contains("connector 1: Available/NoError; vehicle not plugged, pilot A, offered 0 A, contactor open", _console.ToString());
            Assert.Contains(shown, _console.ToString());
        }

        [Fact]
        public void Without_a_Smart_Charging_module_there_is_no_profile_limit()
        {
            _charger.Core.Charging.Limit = null;

            new CommandExecutor(_charger, _log, null).Execute(new EmulatorCommand(CommandKind.Status, "status"));

            Assert.Contains("; no profile limit; ", _console.ToString());
        }
    }
}
