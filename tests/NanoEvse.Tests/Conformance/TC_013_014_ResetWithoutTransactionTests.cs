using System.Collections.Generic;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_013 and TC_014: a hard or soft reset with no transaction. A connector the CSMS made Unavailable stays
    /// Unavailable after the restart (the setting is persistent); the others come back Available.
    /// </summary>
    public class TC_013_014_ResetWithoutTransactionTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_013_hard_reset_keeps_an_Unavailable_connector_Unavailable(string profile)
        {
            ResetWithConnectorUnavailable(profile, "Hard", true);
        }

        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_014_soft_reset_keeps_an_Unavailable_connector_Unavailable(string profile)
        {
            ResetWithConnectorUnavailable(profile, "Soft", false);
        }

        private static void ResetWithConnectorUnavailable(string profile, string type, bool hard)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeAvailability(1, "Inoperative"));
            rig.ExpectStatus("Unavailable");

            Assert.Equal("Accepted", rig.Reset(type));
            Assert.Equal(new List<bool> { hard }, rig.Restarts.Requests);
            Assert.Empty(rig.Unread);

            ChargerRig rebooted = rig.Reboot();
            Dictionary<int, string> statuses = rebooted.BootAndReadStatuses();
            Assert.Equal("Available", statuses[0]);
            Assert.Equal("Unavailable", statuses[1]);

            Assert.Equal("Accepted", rebooted.ChangeAvailability(1, "Operative"));
            rebooted.ExpectStatus("Available");
        }
    }
}
