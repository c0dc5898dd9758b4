using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_008: the cache disabled, LocalPreAuthorize true, the tag in the local list (IdTagLocalAuthList): the
    /// transaction starts without Authorize.req. TC_008_1 starts it with a RemoteStart (TCD 2024-04), TC_008_2 with
    /// a swipe (the 2025-06 revision).
    /// </summary>
    public class TC_008_LocalListStartTests
    {
        private static ChargerRig TagInTheList()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationCacheEnabled", "false"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", "true"));
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-L")));
            return rig;
        }

        [Fact]
        public void TC_008_1_remote_start_of_a_listed_tag_sends_no_Authorize()
        {
            ChargerRig rig = TagInTheList();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-L\"}");

            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectStart("TAG-L", 81);
            rig.ExpectStatus("Charging");
            Assert.True(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void TC_008_2_a_swipe_of_a_listed_tag_sends_no_Authorize()
        {
            ChargerRig rig = TagInTheList();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("tag-l");

            rig.ExpectStart("tag-l", 82);
            rig.ExpectStatus("Charging");
            Assert.True(rig.Evse.ContactorCommanded);
        }
    }
}
