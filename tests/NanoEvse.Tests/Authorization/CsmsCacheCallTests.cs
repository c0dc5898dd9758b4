using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal.Host;
using NanoEvse.Ocpp.Rpc;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>ClearCache (TC_061, errata 3.23) as the CSMS sees it on the wire.</summary>
    public class CsmsCacheCallTests
    {
        private static readonly DateTime Now = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);

        private readonly SimulatedFlash _flash = new SimulatedFlash();
        private readonly RecordingLog _log = new RecordingLog();

        private AuthorizationCache Cache(bool enabled)
        {
            return new AuthorizationCache(new DocumentStore(_flash, _log), _log, AuthorizationCache.DefaultCapacity) { Enabled = enabled };
        }

        [Fact]
        public void ClearCache_empties_an_enabled_cache_and_answers_Accepted()
        {
            AuthorizationCache cache = Cache(true);
            cache.Update("04A1B2C3", new IdTagInfo(AuthorizationStatus.Accepted), Now);
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(cache));

            Frame answer = charger.Call("ClearCache", "{}");

            Assert.Equal(3, answer.Type);
            Assert.Equal("{\"status\":\"Accepted\"}", answer.Payload.GetRawText());
            Assert.Null(cache.Lookup("04A1B2C3", Now));
            Assert.Null(Cache(true).Lookup("04A1B2C3", Now));
        }

        [Fact]
        public void ClearCache_of_an_empty_cache_is_Accepted_too()
        {
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(Cache(true)));

            Assert.Equal("Accepted", charger.Call("ClearCache", "{}").Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void ClearCache_with_the_cache_disabled_is_Rejected()
        {
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(Cache(false)));

            Assert.Equal("Rejected", charger.Call("ClearCache", "{}").Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void ClearCache_on_a_charger_without_a_cache_is_Rejected()
        {
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(null));

            Assert.Equal("Rejected", charger.Call("ClearCache", "{}").Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void ClearCache_that_flash_cannot_carry_out_is_Rejected()
        {
            AuthorizationCache cache = Cache(true);
            cache.Update("04A1B2C3", new IdTagInfo(AuthorizationStatus.Accepted), Now);
            _flash.ResetCounters();
            _flash.CutAt = 0;
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(cache));

            Assert.Equal("Rejected", charger.Call("ClearCache", "{}").Payload.GetProperty("status").GetString());
            Assert.Null(cache.Lookup("04A1B2C3", Now));
        }

        [Theory]
        [InlineData("[]", CallErrorCode.FormationViolation)]
        [InlineData("\"clear\"", CallErrorCode.FormationViolation)]
        [InlineData("{\"x\":", CallErrorCode.FormationViolation)]
        public void A_malformed_ClearCache_gets_a_callerror_and_clears_nothing(string payload, string code)
        {
            AuthorizationCache cache = Cache(true);
            cache.Update("04A1B2C3", new IdTagInfo(AuthorizationStatus.Accepted), Now);
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(cache));

            Frame answer = charger.Call("ClearCache", payload);

            Assert.Equal(4, answer.Type);
            Assert.Equal(code, answer.ErrorCode);
            Assert.NotNull(cache.Lookup("04A1B2C3", Now));
        }

        [Fact]
        public void Vendor_properties_in_ClearCache_are_ignored()
        {
            CsmsCallEndpoint charger = new CsmsCallEndpoint(new ClearCache(Cache(true)));

            Assert.Equal("Accepted", charger.Call("ClearCache", "{\"x-reason\":{\"ticket\":7}}").Payload.GetProperty("status").GetString());
        }
    }
}
