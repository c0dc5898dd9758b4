using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    public class FaultInjectionTests
    {
        [Fact]
        public void A_welded_contactor_stays_closed_and_keeps_delivering_energy()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);
            hw.Sim.ContactorWelded = true;

            hw.Hw.Contactor.Command(false);
            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            Assert.True(hw.Hw.Contactor.IsClosed);
            Assert.False(hw.Sim.ContactorCommanded);
            Assert.Equal(5520, hw.Read().EnergyImportWh);
        }

        [Fact]
        public void A_contactor_stuck_open_never_closes()
        {
            var hw = new SimulatedHardware();
            hw.Sim.ContactorStuckOpen = true;
            hw.StartCharging(16);

            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            Assert.False(hw.Hw.Contactor.IsClosed);
            Assert.Equal(0, hw.Read().EnergyImportWh);

            hw.Sim.ContactorStuckOpen = false;
            Assert.True(hw.Hw.Contactor.IsClosed);
        }

        [Fact]
        public void A_residual_current_trip_holds_until_the_fault_is_gone_and_the_monitor_is_rearmed()
        {
            var hw = new SimulatedHardware();
            IResidualCurrentMonitor rcd = hw.Hw.ResidualCurrent;
            Assert.False(rcd.IsTripped);

            hw.Sim.ResidualCurrentFault = true;
            Assert.True(rcd.IsTripped);

            rcd.Rearm();
            Assert.True(rcd.IsTripped);

            hw.Sim.ResidualCurrentFault = false;
            Assert.True(rcd.IsTripped);

            rcd.Rearm();
            Assert.False(rcd.IsTripped);
            Assert.Equal(2, hw.Sim.Rearms);
        }

        [Fact]
        public void A_shorted_pilot_reads_E_and_stops_the_current()
        {
            var hw = new SimulatedHardware();
            hw.Sim.PilotShorted = true;
            Assert.Equal("E", hw.Pilot);

            hw.StartCharging(16);
            hw.Clock.Advance(30 * SimulatedHardware.Minute);
            Assert.Equal("E", hw.Pilot);
            Assert.Equal(0, hw.Read().EnergyImportWh);

            hw.Sim.PilotShorted = false;
            Assert.Equal("C", hw.Pilot);
        }

        [Fact]
        public void A_vehicle_without_its_pilot_diode_reads_F()
        {
            var hw = new SimulatedHardware();
            hw.Sim.DiodeMissing = true;
            Assert.Equal("A", hw.Pilot);

            hw.StartCharging(16);
            hw.Clock.Advance(30 * SimulatedHardware.Minute);

            Assert.Equal("F", hw.Pilot);
            Assert.Equal(0, hw.Read().EnergyImportWh);
        }

        [Fact]
        public void An_unreadable_meter_answers_false_and_counts_the_energy_meanwhile()
        {
            var hw = new SimulatedHardware();
            hw.StartCharging(16);
            hw.Sim.MeterUnreadable = true;

            hw.Clock.Advance(30 * SimulatedHardware.Minute);
            var reading = new MeterReading();
            Assert.False(hw.Hw.Meter.Read(reading));

            hw.Sim.MeterUnreadable = false;
            Assert.True(hw.Hw.Meter.Read(reading));
            Assert.Equal(5520, reading.EnergyImportWh);
        }

        [Fact]
        public void A_jammed_lock_ignores_commands()
        {
            var hw = new SimulatedHardware();
            hw.Hw.Lock.Command(true);
            hw.Sim.LockJammed = true;

            hw.Hw.Lock.Command(false);

            Assert.True(hw.Hw.Lock.IsLocked);
            Assert.False(hw.Sim.LockCommanded);
            Assert.Equal(2, hw.Sim.LockCommands);
        }
    }
}
