using System.IO;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Emulator;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The emulator's charger across boots: what a power cut or a reboot keeps (nothing here connects).</summary>
    public sealed class EmulatedChargerTests : System.IDisposable
    {
        private readonly VirtualClock _clock = new VirtualClock(ChargerRig.Start);
        private readonly SimulatedFlash _flash = new SimulatedFlash();
        private readonly HostWebSocketTransport _transport = new HostWebSocketTransport();
        private readonly ConsoleLog _log;

        public EmulatedChargerTests()
        {
            _log = new ConsoleLog(new StringWriter(), null, _clock);
        }

        public void Dispose()
        {
            _transport.Dispose();
            _log.Dispose();
        }

        [Theory]
        [InlineData("default", false, true)]
        [InlineData("product-a", false, false)]
        [InlineData("product-b", true, true)]
        public void The_hardware_follows_the_profile(string profile, bool fixedCable, bool reader)
        {
            EmulatedCharger charger = Build(profile);

            Assert.Single(charger.Connectors);
            Assert.Equal(fixedCable, charger.Connectors[0].FixedCable);
            Assert.Equal(reader, charger.Reader != null);
            Assert.NotNull(charger.Core.Charging);
        }

        [Fact]
        public void A_power_cut_boots_a_new_core_that_keeps_the_configuration_and_the_plugged_vehicle()
        {
            EmulatedCharger charger = Build("default");
            Charger before = charger.Core;
            Assert.Equal(ChangeResult.Accepted, before.Configuration.Change("MeterValueSampleInterval", "42"));
            charger.Connector(1).Plug();

            charger.PowerCut();

            Assert.NotSame(before, charger.Core);
            Assert.Equal(2, charger.Boots);
            Assert.Equal("42", charger.Core.Configuration.Find("MeterValueSampleInterval").Value);
            Assert.True(charger.Connector(1).VehicleConnected);
        }

        [Fact]
        public void A_reboot_keeps_the_flash_too()
        {
            EmulatedCharger charger = Build("product-b");
            charger.Core.Configuration.Change("MeterValueSampleInterval", "42");

            charger.Reboot();

            Assert.Equal(2, charger.Boots);
            Assert.Equal("42", charger.Core.Configuration.Find("MeterValueSampleInterval").Value);
        }

        [Fact]
        public void A_restart_the_core_asks_for_is_handed_to_the_run_loop_once()
        {
            EmulatedCharger charger = Build("default");

            ((IRestart)charger).Restart(true);

            Assert.True(charger.TakeRestartRequest(out bool hard));
            Assert.True(hard);
            Assert.False(charger.TakeRestartRequest(out _));
        }

        private EmulatedCharger Build(string profile)
        {
            ChargerSettings settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse("ws://127.0.0.1:9/ocpp/CP001", out _),
                Profile = ChargerProfiles.Find(profile),
            };
            return new EmulatedCharger(settings, _clock, _transport, _log, _flash);
        }
    }
}
