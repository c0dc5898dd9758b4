using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Tests.HalHost;
using Xunit;

namespace NanoEvse.Tests.Csms
{
    public class CsmsDefaultResponseTests
    {
        private static readonly TimeSpan Patience = TestCharger.Patience;

        [Fact]
        public async Task BootNotification_gets_status_interval_and_time_from_the_options()
        {
            var options = new CsmsOptions
            {
                BootStatus = "Pending",
                HeartbeatIntervalSeconds = 42,
                CurrentTime = () => new DateTime(2025, 5, 6, 7, 8, 9, 10, DateTimeKind.Utc)
            };
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(options);
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            JsonElement payload = await RoundTripAsync(charger, "[2,\"1\",\"BootNotification\",{\"chargePointVendor\":\"v\",\"chargePointModel\":\"m\"}]");

            Assert.Equal("Pending", payload.GetProperty("status").GetString());
            Assert.Equal(42, payload.GetProperty("interval").GetInt32());
            Assert.Equal("2025-05-06T07:08:09.010Z", payload.GetProperty("currentTime").GetString());
        }

        [Fact]
        public async Task Heartbeat_gets_the_current_time_in_utc_with_milliseconds()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            JsonElement payload = await RoundTripAsync(charger, "[2,\"1\",\"Heartbeat\",{}]");

            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", payload.GetProperty("currentTime").GetString());
        }

        [Fact]
        public async Task Transactions_get_ids_counting_up_from_one_and_tags_are_accepted()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));
            const string start = "{\"connectorId\":1,\"idTag\":\"TAG\",\"meterStart\":0,\"timestamp\":\"2025-01-01T00:00:00.000Z\"}";

            JsonElement authorize = await RoundTripAsync(charger, "[2,\"1\",\"Authorize\",{\"idTag\":\"TAG\"}]");
            JsonElement first = await RoundTripAsync(charger, "[2,\"2\",\"StartTransaction\"," + start + "]");
            JsonElement second = await RoundTripAsync(charger, "[2,\"3\",\"StartTransaction\"," + start + "]");
            JsonElement stop = await RoundTripAsync(charger, "[2,\"4\",\"StopTransaction\",{\"transactionId\":2,\"meterStop\":5,\"timestamp\":\"2025-01-01T01:00:00.000Z\"}]");

            Assert.Equal("Accepted", authorize.GetProperty("idTagInfo").GetProperty("status").GetString());
            Assert.Equal(1, first.GetProperty("transactionId").GetInt32());
            Assert.Equal("Accepted", first.GetProperty("idTagInfo").GetProperty("status").GetString());
            Assert.Equal(2, second.GetProperty("transactionId").GetInt32());
            Assert.Equal("Accepted", stop.GetProperty("idTagInfo").GetProperty("status").GetString());
            Assert.Empty(csms.Violations);
        }

        [Theory]
        [InlineData("StatusNotification", "{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\"}")]
        [InlineData("MeterValues", "{\"connectorId\":1,\"meterValue\":[]}")]
        [InlineData("FirmwareStatusNotification", "{\"status\":\"Idle\"}")]
        [InlineData("DiagnosticsStatusNotification", "{\"status\":\"Idle\"}")]
        [InlineData("SecurityEventNotification", "{\"type\":\"StartupOfTheDevice\",\"timestamp\":\"2025-01-01T00:00:00.000Z\"}")]
        [InlineData("LogStatusNotification", "{\"status\":\"Idle\"}")]
        [InlineData("SignedFirmwareStatusNotification", "{\"status\":\"Idle\"}")]
        public async Task Notifications_get_an_empty_result(string action, string payload)
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            JsonElement result = await RoundTripAsync(charger, "[2,\"1\",\"" + action + "\"," + payload + "]");

            Assert.Equal("{}", result.GetRawText());
        }

        [Fact]
        public async Task DataTransfer_gets_UnknownVendorId()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            JsonElement result = await RoundTripAsync(charger, "[2,\"1\",\"DataTransfer\",{\"vendorId\":\"acme\"}]");

            Assert.Equal("UnknownVendorId", result.GetProperty("status").GetString());
        }

        [Fact]
        public async Task An_unknown_action_gets_NotImplemented()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            charger.Send("[2,\"1\",\"Teleport\",{}]");
            JsonElement error = await charger.ReceiveFrameAsync();

            Assert.Equal(4, error[0].GetInt32());
            Assert.Equal("1", error[1].GetString());
            Assert.Equal("NotImplemented", error[2].GetString());
            Assert.Equal("{}", error[4].GetRawText());
        }

        [Fact]
        public async Task A_responder_overrides_the_default_and_null_falls_back_to_it()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));
            csms.SetResponder("Authorize", (id, messageId, action, payload) =>
                payload.GetProperty("idTag").GetString() == "BLOCKED"
                    ? CsmsReply.Result(new JsonObject { ["idTagInfo"] = new JsonObject { ["status"] = "Blocked" } })
                    : null);
            csms.SetResponder("Heartbeat", (id, messageId, action, payload) => CsmsReply.Error("InternalError", "down for maintenance"));

            JsonElement blocked = await RoundTripAsync(charger, "[2,\"1\",\"Authorize\",{\"idTag\":\"BLOCKED\"}]");
            JsonElement accepted = await RoundTripAsync(charger, "[2,\"2\",\"Authorize\",{\"idTag\":\"OK\"}]");
            charger.Send("[2,\"3\",\"Heartbeat\",{}]");
            JsonElement error = await charger.ReceiveFrameAsync();

            Assert.Equal("Blocked", blocked.GetProperty("idTagInfo").GetProperty("status").GetString());
            Assert.Equal("Accepted", accepted.GetProperty("idTagInfo").GetProperty("status").GetString());
            Assert.Equal("[4,\"3\",\"InternalError\",\"down for maintenance\",{}]", error.GetRawText());

            csms.SetResponder("Heartbeat", null);
            Assert.True((await RoundTripAsync(charger, "[2,\"4\",\"Heartbeat\",{}]")).TryGetProperty("currentTime", out _));
        }

        [Fact]
        public async Task NoReply_leaves_the_call_unanswered_without_blaming_the_charger_for_moving_on()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));
            csms.SetResponder("StatusNotification", (id, messageId, action, payload) => CsmsReply.NoReply);

            charger.Send("[2,\"1\",\"StatusNotification\",{\"connectorId\":0,\"errorCode\":\"NoError\",\"status\":\"Available\"}]");
            await csms.WaitForCallAsync("CP1", "StatusNotification", Patience);
            JsonElement next = await RoundTripAsync(charger, "[2,\"2\",\"Heartbeat\",{}]");

            Assert.True(next.TryGetProperty("currentTime", out _));
            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task A_delayed_reply_arrives_after_the_delay()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));
            csms.SetResponder("Heartbeat", (id, messageId, action, payload) =>
                CsmsReply.After(TimeSpan.FromMilliseconds(300), CsmsReply.Result(new JsonObject { ["currentTime"] = "2025-01-01T00:00:00.000Z" })));
            var sent = System.Diagnostics.Stopwatch.StartNew();

            JsonElement result = await RoundTripAsync(charger, "[2,\"1\",\"Heartbeat\",{}]");

            Assert.True(sent.ElapsedMilliseconds >= 250, "answered after " + sent.ElapsedMilliseconds + " ms");
            Assert.Equal("2025-01-01T00:00:00.000Z", result.GetProperty("currentTime").GetString());
        }

        private static async Task<JsonElement> RoundTripAsync(TestCharger charger, string call)
        {
            charger.Send(call);
            JsonElement result = await charger.ReceiveFrameAsync();
            Assert.True(result[0].GetInt32() == 3, "expected a CALLRESULT, got " + result.GetRawText());
            Assert.Equal(JsonDocument.Parse(call).RootElement[1].GetString(), result[1].GetString());
            return result[2];
        }
    }
}
