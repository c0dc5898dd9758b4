using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_040 ChangeConfiguration with an unknown key (1) or an invalid value (2).</summary>
    public class TC_040_InvalidChangeConfigurationTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_040_1_unknown_key_is_NotSupported(string profile)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);

            Assert.Equal("NotSupported", rig.ChangeConfiguration("Testing", "true"));
            Assert.Equal(new[] { "Testing" }, rig.GetConfiguration("Testing").Unknown);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_040_2_negative_interval_is_Rejected_and_changes_nothing(string profile)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);
            string before = rig.GetConfiguration("MeterValueSampleInterval").Keys[0].Value;
            long writes = rig.Flash.BytesWritten;

            Assert.Equal("Rejected", rig.ChangeConfiguration("MeterValueSampleInterval", "-1"));

            Assert.Equal(before, rig.GetConfiguration("MeterValueSampleInterval").Keys[0].Value);
            Assert.Equal(writes, rig.Flash.BytesWritten);
        }
    }
}
