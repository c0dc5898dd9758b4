using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_003 and TC_004: a regular charging session, plug-in first or identification first.</summary>
    public class TC_003_004_RegularSessionTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_003_plug_then_swipe_starts_charging(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Assert.False(rig.Evse.ContactorCommanded);
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStart("TAG-A", 41);
            rig.ExpectStatus("Charging");

            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Equal(32, rig.Evse.OfferedAmps);
            rig.Run(60000);
            Assert.True(rig.Evse.EnergyWh > 0);
        }

        [Fact]
        public void TC_004_1_swipe_then_plug_starts_charging()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStatus("Preparing");
            rig.PlugInEv();
            rig.ExpectStart("TAG-A", 7);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_004_2_swipe_without_plug_goes_back_to_Available_after_ConnectionTimeOut()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "30"));

            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStatus("Preparing");
            rig.Run(29000);
            Assert.Empty(rig.Unread);
            rig.Run(1500);
            rig.ExpectStatus("Available");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.ExpectSilence(5000);
        }
    }
}
