using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// How the local list decides on tags (spec 3.5.3): in front of the cache, offline under LocalAuthorizeOffline,
    /// a listed tag that is not valid refused, its ids kept out of the cache, its groups able to stop a session.
    /// </summary>
    public class LocalListAuthorizationTests
    {
        [Fact]
        public void A_listed_tag_starts_offline_under_LocalAuthorizeOffline()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-L")));
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-L");
            rig.Run(1000);

            Assert.True(rig.Evse.ContactorCommanded);
            rig.Reconnect();
            Frame start = rig.ExpectCallAfterStatuses("StartTransaction");
            Assert.Equal("TAG-L", start.Payload.GetProperty("idTag").GetString());
        }

        [Theory]
        [InlineData("Blocked")]
        [InlineData("Expired")]
        [InlineData("Invalid")]
        public void A_listed_tag_that_is_not_valid_is_refused_offline_even_when_unknown_tags_are_allowed(string status)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-X", status)));
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-X");
            rig.Run(1000);

            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void A_listed_Accepted_tag_past_its_expiryDate_is_refused_offline()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            string expiry = ChargerRig.Iso(rig.Clock.UtcNow.AddSeconds(20));
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A", "Accepted", null, expiry)));
            rig.Run(21000);
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-A");
            rig.Run(1000);

            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void The_list_has_priority_over_the_cache()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A", "Blocked")));
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-A");
            rig.Run(1000);

            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void An_idTagInfo_for_a_listed_tag_is_not_cached()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-L")));

            rig.StartCharging("TAG-L", 9);

            Assert.Equal(0, rig.Charger.AuthorizationCache.Count);
        }

        [Fact]
        public void A_disabled_list_authorizes_nothing()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-L")));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalAuthListEnabled", "false"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-L");

            rig.ExpectAuthorize("TAG-L");
        }

        [Fact]
        public void A_listed_tag_of_the_same_group_stops_the_session_without_an_Authorize()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1,
                LocalListCalls.Entry("TAG-A", "Accepted", "GROUP-1"), LocalListCalls.Entry("TAG-B", "Accepted", "GROUP-1")));
            rig.StartCharging("TAG-A", 6);

            rig.Reader.Present("TAG-B");

            rig.ExpectStop(6, "Local", "TAG-B");
            rig.ExpectStatus("Finishing");
        }

        [Fact]
        public void A_listed_Blocked_tag_of_the_same_group_does_not_stop_the_session_by_itself()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1,
                LocalListCalls.Entry("TAG-A", "Accepted", "GROUP-1"), LocalListCalls.Entry("TAG-B", "Blocked", "GROUP-1")));
            rig.StartCharging("TAG-A", 6);

            rig.Reader.Present("TAG-B");

            rig.ExpectAuthorize("TAG-B", "Blocked", "GROUP-1");
            rig.ExpectSilence(2000);
            Assert.True(rig.Evse.ContactorCommanded);
        }
    }
}
