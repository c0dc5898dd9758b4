using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_042_1 and TC_042_2: GetLocalListVersion. The default profile offers Local Auth List Management, so
    /// TC_042_1 runs there with LocalAuthListEnabled=false (-1), and on product-a, which does not offer the profile
    /// (CALLERROR NotSupported, which OCTT also accepts).
    /// </summary>
    public class TC_042_GetLocalListVersionTests
    {
        [Fact]
        public void TC_042_1_a_disabled_list_reports_version_minus_1()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalAuthListEnabled", "false"));

            Assert.Equal(-1, rig.GetLocalListVersion());
        }

        [Fact]
        public void TC_042_1_a_charger_without_the_profile_answers_NotSupported()
        {
            ChargerRig rig = ConfigurationCalls.Booted("product-a");

            Frame answer = rig.CallCharger("GetLocalListVersion", "{}");

            Assert.Equal("NotSupported", answer.ErrorCode);
        }

        [Fact]
        public void TC_042_2_a_full_update_without_a_list_leaves_an_empty_list_of_version_0()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A")));
            Assert.Equal(1, rig.GetLocalListVersion());

            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, null));

            Assert.Equal(0, rig.GetLocalListVersion());
        }
    }
}
