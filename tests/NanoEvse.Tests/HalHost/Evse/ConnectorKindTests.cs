using System;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    public class ConnectorKindTests
    {
        [Fact]
        public void A_socket_has_a_lock_and_a_proximity_sensor()
        {
            var hw = new SimulatedHardware(maxAmps: 32);

            Assert.NotNull(hw.Hw.Lock);
            Assert.NotNull(hw.Hw.Plug);
            Assert.Equal(32, hw.Hw.MaxAmps);
            Assert.False(hw.Hw.Plug.IsPlugged);
            Assert.Equal(0, hw.Hw.Plug.CableAmps);

            hw.Sim.Plug(20);

            Assert.True(hw.Hw.Plug.IsPlugged);
            Assert.Equal(20, hw.Hw.Plug.CableAmps);
        }

        [Fact]
        public void A_socket_refuses_a_cable_rating_the_proximity_pilot_cannot_code()
        {
            var hw = new SimulatedHardware();

            Assert.Throws<ArgumentOutOfRangeException>(() => hw.Sim.Plug(16));
        }

        [Fact]
        public void A_locked_socket_keeps_the_cable_when_the_vehicle_end_is_pulled()
        {
            var hw = new SimulatedHardware();
            hw.Sim.Plug(32);
            hw.Hw.Lock.Command(true);

            Assert.False(hw.Sim.Unplug());
            Assert.Equal("A", hw.Pilot);
            Assert.True(hw.Hw.Plug.IsPlugged);

            hw.Hw.Lock.Command(false);
            Assert.True(hw.Sim.Unplug());
            Assert.False(hw.Hw.Plug.IsPlugged);
            Assert.Equal(0, hw.Hw.Plug.CableAmps);
        }

        [Fact]
        public void A_fixed_cable_has_no_lock_and_no_proximity_sensor()
        {
            var hw = new SimulatedHardware(fixedCable: true, maxAmps: 16);

            Assert.Null(hw.Hw.Lock);
            Assert.Null(hw.Hw.Plug);
            Assert.Equal(16, hw.Hw.MaxAmps);
            Assert.Throws<InvalidOperationException>(() => hw.Sim.Plug(32));
        }

        [Fact]
        public void A_fixed_cable_reads_A_until_the_vehicle_is_plugged_and_is_rated_as_the_connector()
        {
            var hw = new SimulatedHardware(fixedCable: true, maxAmps: 16);
            Assert.Equal("A", hw.Pilot);

            hw.StartCharging(32);

            Assert.Equal("C", hw.Pilot);
            Assert.Equal(160, hw.Sim.CurrentDeciAmps);
            Assert.True(hw.Sim.Unplug());
            Assert.Equal("A", hw.Pilot);
        }
    }
}
