using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    /// <summary>The vehicle's battery: full power below 80 %, less above, and no more asking at 100 %.</summary>
    public class BatteryModelTests
    {
        [Fact]
        public void Below_the_taper_the_battery_fills_at_full_power()
        {
            var hw = new SimulatedHardware();
            hw.Sim.BatteryWh = 50_000;
            hw.Sim.StateOfChargePercent = 20;
            hw.StartCharging(32);

            hw.Clock.Advance(60 * SimulatedHardware.Minute);

            Assert.Equal(22080, hw.Read().PowerW);
            Assert.Equal(22080, hw.Read().EnergyImportWh);
            Assert.InRange(hw.Sim.StateOfChargePercent, 64.1, 64.2);
        }

        [Fact]
        public void Above_80_percent_the_vehicle_draws_less_and_at_100_it_stops_asking()
        {
            var hw = new SimulatedHardware();
            hw.Sim.BatteryWh = 10_000;
            hw.Sim.StateOfChargePercent = 90;
            hw.StartCharging(32);

            Assert.Equal(160, hw.Sim.CurrentDeciAmps);
            hw.Clock.Advance(5 * SimulatedHardware.Minute);
            int later = hw.Sim.CurrentDeciAmps;
            Assert.InRange(later, 10, 159);

            hw.Clock.Advance(180 * SimulatedHardware.Minute);

            Assert.Equal(100, hw.Sim.StateOfChargePercent);
            Assert.Equal(0, hw.Sim.CurrentDeciAmps);
            Assert.Equal("B", hw.Pilot);
            Assert.InRange(hw.Read().EnergyImportWh, 999, 1000);
        }

        [Fact]
        public void Resizing_the_battery_keeps_its_state_of_charge()
        {
            var hw = new SimulatedHardware();
            hw.Sim.BatteryWh = 40_000;
            hw.Sim.StateOfChargePercent = 50;

            hw.Sim.BatteryWh = 80_000;

            Assert.Equal(50, hw.Sim.StateOfChargePercent, 3);
        }
    }
}
