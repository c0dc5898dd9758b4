using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_062: a DataTransfer from the CSMS with a vendorId the charger does not know is answered UnknownVendorId.</summary>
    public class TC_062_DataTransferTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_062_an_unknown_vendorId_is_answered_UnknownVendorId(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Frame answer = rig.CallCharger("DataTransfer", "{\"vendorId\":\"OCTT\",\"messageId\":\"Test\",\"data\":\"Test\"}");

            Assert.Equal(3, answer.Type);
            Assert.Equal("UnknownVendorId", answer.Payload.GetProperty("status").GetString());
            Assert.False(answer.Payload.TryGetProperty("data", out _));
            Assert.Empty(rig.Unread);
        }
    }
}
