using System;
using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    public class PilotTests
    {
        [Fact]
        public void No_vehicle_reads_A()
        {
            var hw = new SimulatedHardware();

            Assert.Equal("A", hw.Pilot);
            hw.Hw.Pilot.OfferDeciAmps(160);
            Assert.Equal("A", hw.Pilot);
        }

        [Fact]
        public void A_plugged_vehicle_reads_B_until_it_asks()
        {
            var hw = new SimulatedHardware();
            hw.Hw.Pilot.OfferDeciAmps(160);

            hw.Sim.Plug();

            Assert.Equal("B", hw.Pilot);
        }

        [Fact]
        public void An_asking_vehicle_stays_in_B_while_the_charger_offers_no_current()
        {
            var hw = new SimulatedHardware();
            hw.Sim.Plug();

            hw.Sim.AskForEnergy();
            Assert.Equal("B", hw.Pilot);

            hw.Hw.Pilot.OfferDeciAmps(60);
            Assert.Equal("C", hw.Pilot);

            hw.Hw.Pilot.OfferDeciAmps(0);
            Assert.Equal("B", hw.Pilot);
            Assert.Equal(0, hw.Sim.OfferedDeciAmps);
        }

        [Fact]
        public void Pause_goes_back_to_B_and_asking_again_to_C()
        {
            var hw = new SimulatedHardware();
            hw.Sim.Plug();
            hw.Hw.Pilot.OfferDeciAmps(160);
            hw.Sim.AskForEnergy();

            hw.Sim.Pause();
            Assert.Equal("B", hw.Pilot);

            hw.Sim.AskForEnergy();
            Assert.Equal("C", hw.Pilot);
        }

        [Fact]
        public void A_vehicle_needing_ventilation_asks_with_D()
        {
            var hw = new SimulatedHardware();
            hw.Sim.EvNeedsVentilation = true;
            hw.Sim.Plug();
            hw.Sim.AskForEnergy();

            hw.Hw.Pilot.OfferDeciAmps(160);

            Assert.Equal("D", hw.Pilot);
            Assert.True(PilotState.WantsEnergy(hw.Hw.Pilot.State));
        }

        [Fact]
        public void A_vehicle_that_asks_at_once_goes_to_C_as_soon_as_current_is_offered()
        {
            var hw = new SimulatedHardware();
            hw.Sim.EvAsksAtOnce = true;

            hw.Sim.Plug();
            Assert.Equal("B", hw.Pilot);

            hw.Hw.Pilot.OfferDeciAmps(320);
            Assert.Equal("C", hw.Pilot);
        }

        [Fact]
        public void Unplugging_returns_to_A_and_a_new_vehicle_starts_in_B()
        {
            var hw = new SimulatedHardware();
            hw.Hw.Pilot.OfferDeciAmps(160);
            hw.Sim.Plug();
            hw.Sim.AskForEnergy();

            Assert.True(hw.Sim.Unplug());
            Assert.Equal("A", hw.Pilot);
            Assert.False(hw.Sim.VehicleConnected);

            hw.Sim.Plug();
            Assert.Equal("B", hw.Pilot);
        }

        [Theory]
        [InlineData(-10)]
        [InlineData(59)]
        [InlineData(801)]
        public void The_pilot_refuses_an_offer_outside_IEC_61851(int deciAmps)
        {
            var hw = new SimulatedHardware();

            Assert.Throws<ArgumentOutOfRangeException>(() => hw.Hw.Pilot.OfferDeciAmps(deciAmps));
        }

        [Fact]
        public void The_vehicle_must_be_plugged_to_ask_or_pause_and_cannot_be_plugged_twice()
        {
            var hw = new SimulatedHardware();

            Assert.Throws<InvalidOperationException>(() => hw.Sim.AskForEnergy());
            Assert.Throws<InvalidOperationException>(() => hw.Sim.Pause());
            hw.Sim.Plug();
            Assert.Throws<InvalidOperationException>(() => hw.Sim.Plug());
        }

        [Fact]
        public void A_vehicle_charges_on_one_or_three_phases()
        {
            var hw = new SimulatedHardware();

            Assert.Throws<ArgumentOutOfRangeException>(() => hw.Sim.EvPhases = 2);
        }
    }
}
