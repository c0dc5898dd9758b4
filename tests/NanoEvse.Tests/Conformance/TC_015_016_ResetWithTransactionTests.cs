using System.Collections.Generic;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_015 and TC_016: a reset during a transaction. The transaction stops with reason HardReset or SoftReset and
    /// the connector reports Finishing before the restart; a reset never makes a connector Unavailable.
    /// </summary>
    public class TC_015_016_ResetWithTransactionTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_015_hard_reset_stops_the_transaction_with_reason_HardReset(string profile)
        {
            ResetDuringTransaction(profile, "Hard", "HardReset", true, 15);
        }

        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_016_soft_reset_stops_the_transaction_with_reason_SoftReset(string profile)
        {
            ResetDuringTransaction(profile, "Soft", "SoftReset", false, 16);
        }

        private static void ResetDuringTransaction(string profile, string type, string reason, bool hard, int transactionId)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.StartRemotely("TAG-A", transactionId);

            Assert.Equal("Accepted", rig.Reset(type));
            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStop(transactionId, reason);
            Assert.Empty(rig.Restarts.Requests);
            rig.ExpectStatus("Finishing");
            Assert.Equal(new List<bool> { hard }, rig.Restarts.Requests);

            ChargerRig rebooted = rig.Reboot();
            Dictionary<int, string> statuses = rebooted.BootAndReadStatuses();
            Assert.Equal("Available", statuses[0]);
            Assert.Contains(statuses[1], new[] { "Finishing", "Preparing" });
            Assert.False(rebooted.Evse.ContactorCommanded);
        }
    }
}
