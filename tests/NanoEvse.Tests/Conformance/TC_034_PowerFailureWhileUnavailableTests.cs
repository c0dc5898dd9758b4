using System.Collections.Generic;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_034: the whole charger set Inoperative stays Unavailable across a power cycle.</summary>
    public class TC_034_PowerFailureWhileUnavailableTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_034_the_charger_stays_Unavailable_after_a_power_cycle(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeAvailability(0, "Inoperative"));
            rig.ExpectStatus("Unavailable", 0);
            rig.ExpectStatus("Unavailable", 1);

            ChargerRig powered = rig.Reboot();
            Dictionary<int, string> statuses = powered.BootAndReadStatuses();
            Assert.Equal("Unavailable", statuses[0]);
            Assert.Equal("Unavailable", statuses[1]);

            Assert.Equal("Accepted", powered.ChangeAvailability(0, "Operative"));
            powered.ExpectStatus("Available", 0);
            powered.ExpectStatus("Available", 1);
        }
    }
}
