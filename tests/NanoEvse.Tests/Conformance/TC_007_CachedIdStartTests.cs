using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_007: with the cache enabled, LocalPreAuthorize and AuthorizeRemoteTxRequests true, a RemoteStart of a tag
    /// in the cache starts the transaction without Authorize.req. Only the default profile has a cache.
    /// </summary>
    public class TC_007_CachedIdStartTests
    {
        [Fact]
        public void TC_007_remote_start_of_a_cached_tag_sends_no_Authorize()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationCacheEnabled", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", "true"));

            // IdTagCached: a session stopped by presenting its tag; StopTransaction.conf's idTagInfo fills the cache.
            rig.StartCharging("TAG-A", 70);
            rig.Reader.Present("TAG-A");
            Frame stop = rig.ExpectCall("StopTransaction");
            Assert.Equal("TAG-A", stop.Payload.GetProperty("idTag").GetString());
            rig.Reply(stop, "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            rig.ExpectStatus("Finishing");
            rig.UnplugFully();
            rig.ExpectStatus("Available");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-A\"}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectStart("TAG-A", 71);
            rig.ExpectStatus("Charging");
            Assert.True(rig.Evse.ContactorCommanded);
        }
    }
}
