using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_023: MinimumStatusDuration=10 and LocalPreAuthorize=true (the TCD's preconditions); a tag the CSMS does not
    /// accept (Invalid, and likewise Expired and Blocked) starts no transaction, whether the vehicle was plugged in
    /// first or the tag came first. Preparing is reported only once it has held 10 s, and Available again only 10 s
    /// after the vehicle left. The tag, now cached as not valid, is asked for again rather than refused locally.
    /// product-a has no card reader, so there the tag comes by RemoteStartTransaction with AuthorizeRemoteTxRequests=true.
    /// </summary>
    public class TC_023_AuthorizeInvalidTests
    {
        [Theory]
        [InlineData("default", "Invalid")]
        [InlineData("default", "Expired")]
        [InlineData("default", "Blocked")]
        [InlineData("product-b", "Invalid")]
        [InlineData("product-b", "Expired")]
        [InlineData("product-b", "Blocked")]
        public void TC_023_plug_then_a_refused_tag_starts_no_transaction(string profile, string status)
        {
            ChargerRig rig = Configured(profile);
            PlugAndExpectPreparing(rig);

            rig.Reader.Present("TAG-BAD");
            rig.ExpectAuthorize("TAG-BAD", status);
            rig.ExpectSilence(20000);
            Assert.False(rig.Evse.ContactorCommanded);

            rig.Reader.Present("TAG-BAD");
            rig.ExpectAuthorize("TAG-BAD", status);
            rig.ExpectSilence(20000);

            UnplugAndExpectAvailable(rig);
        }

        [Theory]
        [InlineData("default", "Invalid")]
        [InlineData("default", "Expired")]
        [InlineData("default", "Blocked")]
        [InlineData("product-b", "Invalid")]
        [InlineData("product-b", "Expired")]
        [InlineData("product-b", "Blocked")]
        public void TC_023_a_refused_tag_then_plug_starts_no_transaction(string profile, string status)
        {
            ChargerRig rig = Configured(profile);

            rig.Reader.Present("TAG-BAD");
            rig.ExpectAuthorize("TAG-BAD", status);
            // Refused: the connector never leaves Available for the tag alone.
            rig.ExpectSilence(20000);

            PlugAndExpectPreparing(rig);
            rig.ExpectSilence(20000);
            Assert.False(rig.Evse.ContactorCommanded);

            UnplugAndExpectAvailable(rig);
        }

        [Theory]
        [InlineData("Invalid")]
        [InlineData("Expired")]
        [InlineData("Blocked")]
        public void TC_023_a_refused_remote_tag_starts_no_transaction_on_product_a(string status)
        {
            ChargerRig rig = Configured("product-a");
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", "true"));
            PlugAndExpectPreparing(rig);

            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-BAD\"}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectAuthorize("TAG-BAD", status);
            rig.ExpectSilence(20000);
            Assert.False(rig.Evse.ContactorCommanded);

            UnplugAndExpectAvailable(rig);
        }

        /// <summary>The TC_023 configuration on an idle charger.</summary>
        private static ChargerRig Configured(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MinimumStatusDuration", "10"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            return rig;
        }

        /// <summary>A vehicle plugged in: Preparing comes only after 10 s.</summary>
        private static void PlugAndExpectPreparing(ChargerRig rig)
        {
            rig.PlugInEv();
            rig.ExpectSilence(9500);
            rig.Run(600);
            rig.ExpectStatus("Preparing");
        }

        private static void UnplugAndExpectAvailable(ChargerRig rig)
        {
            rig.UnplugFully();
            rig.ExpectSilence(9500);
            rig.Run(600);
            rig.ExpectStatus("Available");
            rig.ExpectSilence(5000);
        }
    }
}
