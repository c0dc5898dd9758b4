using NanoEvse.Hal.Host.Evse;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    public class CommandObservationTests
    {
        [Fact]
        public void Contactor_history_records_each_change_of_command_with_its_time()
        {
            var hw = new SimulatedHardware();
            hw.Hw.Contactor.Command(false);
            hw.Clock.Advance(1000);
            hw.Hw.Contactor.Command(true);
            hw.Hw.Contactor.Command(true);
            hw.Clock.Advance(2000);
            hw.Hw.Contactor.Command(false);
            hw.Clock.Advance(500);
            hw.Hw.Contactor.Command(true);

            Assert.Equal(
                new[] { new ContactorCommand(1000, true), new ContactorCommand(3000, false), new ContactorCommand(3500, true) },
                hw.Sim.ContactorHistory);
            Assert.Equal(2, hw.Sim.ContactorCloseCommands);
            Assert.Equal(1, hw.Sim.ContactorOpenCommands);
            Assert.True(hw.Sim.ContactorCommanded);
        }

        [Fact]
        public void The_last_offer_and_lock_command_are_visible()
        {
            var hw = new SimulatedHardware();
            Assert.Equal(0, hw.Sim.OfferedDeciAmps);
            Assert.Equal(0, hw.Sim.LockCommands);

            hw.Hw.Pilot.OfferDeciAmps(130);
            hw.Hw.Lock.Command(true);

            Assert.Equal(130, hw.Sim.OfferedDeciAmps);
            Assert.True(hw.Sim.LockCommanded);
            Assert.True(hw.Hw.Lock.IsLocked);
            Assert.Equal(1, hw.Sim.LockCommands);
        }
    }
}
