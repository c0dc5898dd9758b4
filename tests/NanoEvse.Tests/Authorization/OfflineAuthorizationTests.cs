using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// Who may start a session while the CSMS cannot be asked (LocalAuthorizeOffline, AllowOfflineTxForUnknownId),
    /// and what counts as "cannot be asked": the link is down, the boot is not accepted yet, or an Authorize.req
    /// went unanswered (MessageTimeout, or the link dropped under it). A CALLERROR is an answer, and refuses.
    /// </summary>
    public class OfflineAuthorizationTests
    {
        private const string Accepted = "{\"status\":\"Accepted\"}";

        [Fact]
        public void A_cached_tag_starts_while_offline_and_StartTransaction_follows_the_reconnect()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", Accepted);
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-A");
            rig.Run(1000);

            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);
            rig.Reconnect();
            Frame start = rig.ExpectCallAfterStatuses("StartTransaction");
            Assert.Equal("TAG-A", start.Payload.GetProperty("idTag").GetString());
        }

        [Fact]
        public void Without_LocalAuthorizeOffline_a_cached_tag_is_refused_offline()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalAuthorizeOffline", "false"));
            rig.CacheTag("TAG-A", Accepted);
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-A");
            rig.Run(1000);

            Assert.False(rig.Evse.ContactorCommanded);
            ExpectNoTransactionAfterReconnect(rig);
        }

        [Theory]
        [InlineData("false", false)]
        [InlineData("true", true)]
        public void An_unknown_tag_starts_offline_only_with_AllowOfflineTxForUnknownId(string allowUnknown, bool starts)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", allowUnknown));
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-NEW");
            rig.Run(1000);

            Assert.Equal(starts, rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void A_cached_Blocked_tag_is_refused_offline_even_when_unknown_tags_are_allowed()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            rig.CacheTag("TAG-B", "{\"status\":\"Blocked\"}");
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-B");
            rig.Run(1000);

            Assert.False(rig.Evse.ContactorCommanded);
            ExpectNoTransactionAfterReconnect(rig);
        }

        [Fact]
        public void A_cached_tag_past_its_expiryDate_is_refused_offline_even_when_unknown_tags_are_allowed()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            string expiry = ChargerRig.Iso(rig.Clock.UtcNow.AddSeconds(20));
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\",\"expiryDate\":\"" + expiry + "\"}");
            rig.Run(15000);
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-A");
            rig.Run(1000);

            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void An_Authorize_lost_to_a_silent_link_lets_the_offline_rules_decide_after_MessageTimeout()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", Accepted);
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "120"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-A");
            rig.ExpectCall("Authorize");
            rig.Run(29000);
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);
            rig.Run(1500);

            Assert.True(rig.Evse.ContactorCommanded);
            rig.ExpectStart("TAG-A", 5);
        }

        [Fact]
        public void An_unknown_tag_whose_Authorize_times_out_is_refused_without_AllowOfflineTxForUnknownId()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-NEW");
            rig.ExpectCall("Authorize");
            rig.ExpectSilence(40000);

            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void An_Authorize_cut_off_by_a_dropped_link_is_decided_offline_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", Accepted);
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-A");
            rig.ExpectCall("Authorize");
            rig.GoOffline();
            rig.Poll();

            Assert.True(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void An_Authorize_still_queued_when_the_link_drops_is_withdrawn_and_decided_offline()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", Accepted);
            rig.PlugInEv();
            rig.ExpectCall("StatusNotification");
            rig.Reader.Present("TAG-A");
            rig.Poll();
            Assert.Empty(rig.Unread);

            rig.GoOffline();
            rig.Poll();
            Assert.True(rig.Evse.ContactorCommanded);

            rig.Reconnect();
            Frame start = rig.ExpectCallAfterStatuses("StartTransaction");
            Assert.Equal("TAG-A", start.Payload.GetProperty("idTag").GetString());
        }

        [Fact]
        public void A_CALLERROR_to_Authorize_refuses_the_tag_even_when_unknown_tags_are_allowed()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-NEW");
            rig.ReplyError(rig.ExpectCall("Authorize"), "InternalError");
            rig.ExpectSilence(5000);

            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void Before_the_boot_is_accepted_the_offline_rules_decide_without_Authorize()
        {
            ChargerRig rig = new ChargerRig(configure: s => s.Profile = NanoEvse.ChargePoint.Configuration.ChargerProfiles.Find("product-b"), hardware: true);
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, rig.BootResponse("Pending", 300));

            rig.PlugInEv();
            rig.Reader.Present("TAG-NEW");
            rig.Run(1000);

            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);
        }

        [Theory]
        [InlineData("product-b")]
        public void A_product_without_a_cache_starts_unknown_tags_offline_as_configured(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.GoOffline();

            rig.PlugInEv();
            rig.Reader.Present("TAG-NEW");
            rig.Run(1000);

            Assert.True(rig.Evse.ContactorCommanded);
        }

        private static void ExpectNoTransactionAfterReconnect(ChargerRig rig)
        {
            rig.Reconnect();
            rig.AnswerStatusNotifications();
            rig.ExpectSilence(5000);
        }
    }
}
