using NanoEvse.Drivers.ProximityPilot;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class PlugSensorDriverTests
    {
        private const int SupplyMv = 3300;
        private const int PullUpOhms = 1000;

        private readonly FakeAnalog _adc = new FakeAnalog { Millivolts = SupplyMv };
        private readonly PlugSensorDriver _plug;

        public PlugSensorDriverTests()
        {
            _plug = new PlugSensorDriver(_adc, SupplyMv, PullUpOhms);
        }

        /// <summary>Puts a cable with <paramref name="ohms"/> between PP and PE (null: socket empty).</summary>
        private void Cable(int? ohms)
        {
            _adc.Millivolts = ohms == null ? SupplyMv : SupplyMv * ohms.Value / (ohms.Value + PullUpOhms);
        }

        private void Poll(int times)
        {
            for (int i = 0; i < times; i++)
            {
                _plug.Poll();
            }
        }

        [Fact]
        public void An_empty_socket_has_no_cable()
        {
            Poll(5);

            Assert.False(_plug.IsPlugged);
            Assert.Equal(0, _plug.CableAmps);
        }

        [Theory]
        [InlineData(1500, 13)]
        [InlineData(680, 20)]
        [InlineData(220, 32)]
        [InlineData(100, 63)]
        [InlineData(1500 * 97 / 100, 13)]
        [InlineData(1500 * 110 / 100, 13)]
        [InlineData(680 * 90 / 100, 20)]
        [InlineData(680 * 110 / 100, 20)]
        [InlineData(220 * 90 / 100, 32)]
        [InlineData(220 * 110 / 100, 32)]
        [InlineData(100 * 90 / 100, 63)]
        [InlineData(100 * 110 / 100, 63)]
        public void The_cable_resistor_gives_its_rating(int ohms, int amps)
        {
            Cable(ohms);
            Poll(PlugSensorDriver.StableReadings);

            Assert.True(_plug.IsPlugged);
            Assert.Equal(amps, _plug.CableAmps);
        }

        [Fact]
        public void A_shorted_proximity_pilot_is_plugged_but_allows_no_current()
        {
            Cable(10);
            Poll(PlugSensorDriver.StableReadings);

            Assert.True(_plug.IsPlugged);
            Assert.Equal(0, _plug.CableAmps);
        }

        [Fact]
        public void Contact_bounce_while_plugging_in_is_ignored()
        {
            Cable(220);
            Poll(PlugSensorDriver.StableReadings);

            Cable(null);
            Poll(1);
            Cable(220);
            Poll(1);

            Assert.True(_plug.IsPlugged);
            Assert.Equal(32, _plug.CableAmps);
        }

        [Fact]
        public void Unplugging_is_seen_after_several_readings()
        {
            Cable(680);
            Poll(PlugSensorDriver.StableReadings);

            Cable(null);
            Poll(PlugSensorDriver.StableReadings - 1);
            Assert.True(_plug.IsPlugged);

            Poll(1);
            Assert.False(_plug.IsPlugged);
            Assert.Equal(0, _plug.CableAmps);
        }
    }
}
