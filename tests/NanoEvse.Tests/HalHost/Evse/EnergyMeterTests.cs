using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    public class EnergyMeterTests
    {
        [Fact]
        public void Sixteen_amps_on_three_phases_for_half_an_hour_is_5520_Wh()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);

            hw.Clock.Advance(30 * SimulatedHardware.Minute);
            MeterReading reading = hw.Read();

            Assert.Equal(5520, reading.EnergyImportWh);
            Assert.Equal(11040, reading.PowerW);
            Assert.Equal(new[] { 160, 160, 160 }, reading.CurrentDeciA);
        }

        [Fact]
        public void A_single_phase_vehicle_draws_on_L1_only()
        {
            var hw = new SimulatedHardware();
            hw.Sim.EvPhases = 1;
            hw.StartCharging(16);

            hw.Clock.Advance(60 * SimulatedHardware.Minute);
            MeterReading reading = hw.Read();

            Assert.Equal(3680, reading.EnergyImportWh);
            Assert.Equal(3680, reading.PowerW);
            Assert.Equal(new[] { 160, 0, 0 }, reading.CurrentDeciA);
        }

        [Theory]
        [InlineData(32, 16, 32, 16)]
        [InlineData(32, 32, 13, 13)]
        [InlineData(10, 32, 32, 10)]
        public void The_vehicle_draws_the_least_of_the_offer_its_own_limit_and_the_cable(int offer, int evMax, int cable, int drawn)
        {
            var hw = new SimulatedHardware();
            hw.Sim.EvMaxAmps = evMax;
            hw.Sim.Plug(cable);
            hw.Sim.AskForEnergy();
            hw.Hw.Pilot.OfferDeciAmps(offer * 10);
            hw.Hw.Contactor.Command(true);

            Assert.Equal(drawn * 10, hw.Sim.CurrentDeciAmps);
            Assert.Equal(drawn * 10, hw.Read().CurrentDeciA[0]);
        }

        [Fact]
        public void Energy_is_exact_across_changes_of_power_without_reads_in_between()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);
            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            hw.Hw.Pilot.OfferDeciAmps(80);
            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            Assert.Equal(5520 + 2760, hw.Read().EnergyImportWh);
        }

        [Fact]
        public void Frequent_reads_lose_no_fraction_of_a_watt_hour()
        {
            var hw = new SimulatedHardware();
            hw.Sim.EvPhases = 1;
            hw.StartCharging(6);

            // 1380 W: 23 Wh a minute, read every 7 s.
            for (int i = 0; i < 300; i++)
            {
                hw.Clock.Advance(7_000);
                hw.Read();
            }

            Assert.Equal(805, hw.Read().EnergyImportWh);
        }

        [Fact]
        public void No_current_flows_while_the_contactor_is_open()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);
            hw.Hw.Contactor.Command(false);

            hw.Clock.Advance(60 * SimulatedHardware.Minute);
            MeterReading reading = hw.Read();

            Assert.Equal("C", hw.Pilot);
            Assert.Equal(0, reading.EnergyImportWh);
            Assert.Equal(0, reading.PowerW);
            Assert.Equal(new[] { 0, 0, 0 }, reading.CurrentDeciA);
        }

        [Fact]
        public void No_current_flows_while_the_vehicle_is_in_B()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);
            hw.Sim.Pause();

            hw.Clock.Advance(60 * SimulatedHardware.Minute);

            Assert.True(hw.Hw.Contactor.IsClosed);
            Assert.Equal(0, hw.Read().EnergyImportWh);
        }

        [Fact]
        public void The_register_holds_its_value_once_charging_stops()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);
            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            hw.Hw.Contactor.Command(false);
            hw.Clock.Advance(60 * SimulatedHardware.Minute);

            Assert.Equal(5520, hw.Read().EnergyImportWh);
            Assert.Equal(5520, hw.Sim.EnergyWh);
        }

        [Fact]
        public void A_meter_can_start_from_a_counted_register()
        {
            var hw = new SimulatedHardware();
            hw.Sim.SetEnergyRegister(123_456);
            hw.StartCharging(16);

            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            Assert.Equal(123_456 + 5520, hw.Read().EnergyImportWh);
        }

        [Fact]
        public void A_reading_carries_plausible_mains_values()
        {
            var hw = new SimulatedHardware();

            MeterReading reading = hw.Read();

            Assert.Equal(new[] { 2300, 2300, 2300 }, reading.VoltageDeciV);
            Assert.Equal(5000, reading.FrequencyCentiHz);
            Assert.Equal(1000, reading.PowerFactorMilli);
            Assert.Equal(0, reading.ReactivePowerVar);
            Assert.Equal(0, reading.EnergyExportWh);
            Assert.InRange(reading.TemperatureDeciC, 0, 600);
        }
    }
}
