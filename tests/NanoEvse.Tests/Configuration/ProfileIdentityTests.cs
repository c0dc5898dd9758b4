using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Configuration
{
    /// <summary>Each charger profile introduces itself in BootNotification with its own vendor and model.</summary>
    public class ProfileIdentityTests
    {
        [Theory]
        [InlineData("default", "nanoEVSE", "nanoEVSE-AC1")]
        [InlineData("product-a", "Autocrypt", "ACO-100-BTW")]
        [InlineData("product-b", "CROCUS", "AE100K-C1XS-MO-1C")]
        public void BootNotification_names_the_profiles_vendor_and_model(string profile, string vendor, string model)
        {
            ChargerRig rig = ChargerRig.ForProfile(profile);

            Frame boot = rig.ExpectCall("BootNotification");

            Assert.Equal(vendor, boot.Payload.GetProperty("chargePointVendor").GetString());
            Assert.Equal(model, boot.Payload.GetProperty("chargePointModel").GetString());
        }

        [Fact]
        public void A_provisioned_identity_overrides_the_profiles()
        {
            ChargerRig rig = new ChargerRig(configure: s =>
            {
                s.Profile = NanoEvse.ChargePoint.Configuration.ChargerProfiles.Find("product-b");
                s.Identity.Vendor = "OEM";
                s.Identity.Model = "OEM-1";
            });

            Frame boot = rig.ExpectCall("BootNotification");

            Assert.Equal("OEM", boot.Payload.GetProperty("chargePointVendor").GetString());
            Assert.Equal("OEM-1", boot.Payload.GetProperty("chargePointModel").GetString());
        }
    }
}
