using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_043, TC_043_1, TC_043_2 and TC_043_3: SendLocalList on the default profile; TC_043_1 also on product-a,
    /// which does not offer the profile.
    /// </summary>
    public class TC_043_SendLocalListTests
    {
        [Fact]
        public void TC_043_a_full_then_a_differential_update_are_both_accepted()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");

            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A"), LocalListCalls.Entry("TAG-B", "Blocked")));
            Assert.Equal("Accepted", rig.SendLocalList("Differential", 2, LocalListCalls.Entry("TAG-C", "Accepted", "GROUP-1")));

            Assert.Equal(2, rig.GetLocalListVersion());
        }

        [Fact]
        public void TC_043_1_a_disabled_list_answers_NotSupported()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalAuthListEnabled", "false"));

            Assert.Equal("NotSupported", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A")));
        }

        [Fact]
        public void TC_043_1_a_charger_without_the_profile_answers_a_NotSupported_CALLERROR()
        {
            ChargerRig rig = ConfigurationCalls.Booted("product-a");

            Frame answer = rig.CallCharger("SendLocalList", "{\"listVersion\":1,\"updateType\":\"Full\"}");

            Assert.Equal(4, answer.Type);
            Assert.Equal("NotSupported", answer.ErrorCode);
        }

        [Fact]
        public void TC_043_2_a_differential_update_not_newer_than_the_list_is_a_VersionMismatch()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");

            Assert.Equal("Accepted", rig.SendLocalList("Full", 2, LocalListCalls.Entry("TAG-A")));
            Assert.Equal(2, rig.GetLocalListVersion());
            Assert.Equal("Accepted", rig.SendLocalList("Differential", 5, LocalListCalls.Entry("TAG-B")));
            Assert.Equal(5, rig.GetLocalListVersion());
            Assert.Equal("VersionMismatch", rig.SendLocalList("Differential", 4, LocalListCalls.Entry("TAG-C")));
            Assert.Equal("VersionMismatch", rig.SendLocalList("Differential", 5, LocalListCalls.Entry("TAG-C")));

            Assert.Equal(5, rig.GetLocalListVersion());
        }

        [Fact]
        public void TC_043_3_an_update_the_flash_cannot_store_fails_and_changes_nothing()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A")));

            // The flash fails at the next write and stays failed: the charger cannot store anything.
            rig.Flash.ResetCounters();
            rig.Flash.CutAt = 0;
            Assert.Equal("Failed", rig.SendLocalList("Full", 2, LocalListCalls.Entry("TAG-B")));

            Assert.Equal(1, rig.GetLocalListVersion());
            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();
            Assert.Equal(1, rebooted.GetLocalListVersion());
            Assert.Equal("Accepted", rebooted.Charger.Charging.Authorizer.Listed("TAG-A", rebooted.Clock.UtcNow)?.Status);
            Assert.Null(rebooted.Charger.Charging.Authorizer.Listed("TAG-B", rebooted.Clock.UtcNow));
        }
    }
}
