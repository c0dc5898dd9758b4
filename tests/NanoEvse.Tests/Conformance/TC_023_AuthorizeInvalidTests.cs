using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_023: MinimumStatusDuration=10 and LocalPreAuthorize=true; a vehicle plugged in reports Preparing (once it
    /// has held 10 s), and a tag the CSMS answers Invalid starts no transaction. The tag, now cached as Invalid, is
    /// asked for again rather than refused locally. product-a has no card reader, so there the tag comes by
    /// RemoteStartTransaction with AuthorizeRemoteTxRequests=true.
    /// </summary>
    public class TC_023_AuthorizeInvalidTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_023_an_Invalid_tag_starts_no_transaction(string profile)
        {
            ChargerRig rig = Prepared(profile);

            rig.Reader.Present("TAG-BAD");
            rig.ExpectAuthorize("TAG-BAD", "Invalid");
            rig.ExpectSilence(20000);
            Assert.False(rig.Evse.ContactorCommanded);

            rig.Reader.Present("TAG-BAD");
            rig.ExpectAuthorize("TAG-BAD", "Invalid");
            rig.ExpectSilence(20000);

            rig.UnplugFully();
            rig.ExpectSilence(9500);
            rig.Run(600);
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void TC_023_an_Invalid_remote_tag_starts_no_transaction_on_product_a()
        {
            ChargerRig rig = Prepared("product-a");
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", "true"));

            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-BAD\"}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectAuthorize("TAG-BAD", "Invalid");
            rig.ExpectSilence(20000);
            Assert.False(rig.Evse.ContactorCommanded);
        }

        /// <summary>The TC_023 configuration, then a vehicle plugged in: Preparing comes only after 10 s.</summary>
        private static ChargerRig Prepared(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MinimumStatusDuration", "10"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));

            rig.PlugInEv();
            rig.ExpectSilence(9500);
            rig.Run(600);
            rig.ExpectStatus("Preparing");
            return rig;
        }
    }
}
