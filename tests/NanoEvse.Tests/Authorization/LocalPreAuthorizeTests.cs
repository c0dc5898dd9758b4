using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// Online, LocalPreAuthorize lets a tag the cache holds as Accepted (and not expired) start without Authorize.req;
    /// any other cached tag is asked for. The cache learns from every idTagInfo, StopTransaction.conf's included.
    /// </summary>
    public class LocalPreAuthorizeTests
    {
        private static ChargerRig PreAuthorizing()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            return rig;
        }

        private static void PlugAndPresent(ChargerRig rig, string idTag)
        {
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present(idTag);
        }

        [Fact]
        public void A_cached_Accepted_tag_starts_without_Authorize()
        {
            ChargerRig rig = PreAuthorizing();
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");

            PlugAndPresent(rig, "tag-a");

            rig.ExpectStart("tag-a", 1);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void A_cached_Blocked_tag_is_asked_for_and_the_new_answer_counts()
        {
            ChargerRig rig = PreAuthorizing();
            rig.CacheTag("TAG-B", "{\"status\":\"Blocked\"}");

            PlugAndPresent(rig, "TAG-B");

            rig.ExpectAuthorize("TAG-B", "Accepted");
            rig.ExpectStart("TAG-B", 2);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void A_cached_tag_past_its_expiryDate_is_asked_for()
        {
            ChargerRig rig = PreAuthorizing();
            string expiry = ChargerRig.Iso(rig.Clock.UtcNow.AddSeconds(20));
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\",\"expiryDate\":\"" + expiry + "\"}");
            rig.Run(15000);

            PlugAndPresent(rig, "TAG-A");

            rig.ExpectAuthorize("TAG-A", "Accepted");
        }

        [Fact]
        public void Without_LocalPreAuthorize_a_cached_tag_is_still_asked_for()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");

            PlugAndPresent(rig, "TAG-A");

            rig.ExpectAuthorize("TAG-A", "Accepted");
        }

        [Fact]
        public void With_the_cache_disabled_every_tag_is_asked_for()
        {
            ChargerRig rig = PreAuthorizing();
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationCacheEnabled", "false"));

            PlugAndPresent(rig, "TAG-A");

            rig.ExpectAuthorize("TAG-A", "Accepted");
        }

        [Fact]
        public void A_remote_start_of_a_cached_tag_is_asked_for_without_LocalPreAuthorize()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");

            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"idTag\":\"TAG-A\"}");

            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectAuthorize("TAG-A", "Accepted");
        }

        [Theory]
        [InlineData("Accepted", false)]
        [InlineData("Blocked", true)]
        public void StopTransaction_conf_updates_the_cache_for_the_stopping_tag(string status, bool askedNextTime)
        {
            ChargerRig rig = PreAuthorizing();
            rig.StartCharging("TAG-A", 3);
            Assert.Equal("Accepted", rig.CallCharger("ClearCache", "{}").Payload.GetProperty("status").GetString());

            rig.Reader.Present("TAG-A");
            Frame stop = rig.ExpectCall("StopTransaction");
            rig.Reply(stop, "{\"idTagInfo\":{\"status\":\"" + status + "\"}}");
            rig.ExpectStatus("Finishing");
            rig.UnplugFully();
            rig.ExpectStatus("Available");

            PlugAndPresent(rig, "TAG-A");
            if (askedNextTime)
            {
                rig.ExpectAuthorize("TAG-A", "Accepted");
            }

            rig.ExpectStart("TAG-A", 4);
        }

        [Fact]
        public void StartTransaction_conf_updates_the_cache()
        {
            ChargerRig rig = PreAuthorizing();

            PlugAndPresent(rig, "TAG-A");
            rig.ExpectAuthorize("TAG-A", "Accepted");
            rig.ExpectStart("TAG-A", 6, "Accepted", "GROUP");

            Assert.Equal("GROUP", rig.Charger.AuthorizationCache.Lookup("TAG-A", rig.Clock.UtcNow).ParentIdTag);
        }
    }
}
