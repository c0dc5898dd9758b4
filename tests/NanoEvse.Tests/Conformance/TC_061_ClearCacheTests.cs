using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_061: a tag authorized and left to time out is in the cache; ClearCache empties it, so the same tag needs a
    /// fresh Authorize.req. LocalPreAuthorize=true proves it: a cached tag would have started with none. Of the
    /// profiles only the default one has a cache; the others answer ClearCache Rejected (errata 3.23).
    /// </summary>
    public class TC_061_ClearCacheTests
    {
        [Fact]
        public void TC_061_after_ClearCache_the_tag_is_asked_for_again()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationCacheEnabled", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");

            Frame answer = rig.CallCharger("ClearCache", "{}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStart("TAG-A", 61);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_061_without_the_clear_the_cached_tag_starts_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "true"));
            rig.CacheTag("TAG-A", "{\"status\":\"Accepted\"}");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectStart("TAG-A", 61);
            rig.ExpectStatus("Charging");
        }

        [Theory]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_061_a_charger_without_a_cache_answers_Rejected(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Frame answer = rig.CallCharger("ClearCache", "{}");

            Assert.Equal("Rejected", answer.Payload.GetProperty("status").GetString());
        }
    }
}
