using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_021 Change configuration: an accepted MeterValueSampleInterval is what GetConfiguration returns next.</summary>
    public class TC_021_ChangeConfigurationTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_021_accepted_value_is_returned_and_survives_a_reboot(string profile)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);

            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "33"));
            Assert.Equal("33", Assert.Single(rig.GetConfiguration("MeterValueSampleInterval").Keys).Value);

            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();
            Assert.Equal("33", Assert.Single(rebooted.GetConfiguration("MeterValueSampleInterval").Keys).Value);
        }
    }
}
