using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Tests.HalHost;
using Xunit;

namespace NanoEvse.Tests.Csms
{
    public class CsmsViolationTests
    {
        private const string Heartbeat = "\"Heartbeat\",{}]";

        [Fact]
        public async Task A_clean_exchange_records_no_violation()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);

            charger.Send("[2,\"1\"," + Heartbeat);
            await charger.ReceiveFrameAsync();
            charger.Send("[2,\"2\"," + Heartbeat);
            await charger.ReceiveFrameAsync();

            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task A_null_in_a_payload_is_recorded_with_its_path()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);

            charger.Send("[2,\"1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\",\"info\":null}]");
            await charger.ReceiveFrameAsync();

            ProtocolViolation violation = Assert.Single(csms.Violations);
            Assert.Equal(ViolationKind.NullInPayload, violation.Kind);
            Assert.Contains("$.info", violation.Detail);
            Assert.Equal("CP1", violation.ChargePointId);
        }

        [Fact]
        public async Task A_reused_message_id_is_recorded()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);

            charger.Send("[2,\"7\"," + Heartbeat);
            await charger.ReceiveFrameAsync();
            charger.Send("[2,\"7\"," + Heartbeat);
            await charger.ReceiveFrameAsync();

            Assert.Equal(ViolationKind.DuplicateMessageId, Assert.Single(csms.Violations).Kind);
        }

        [Fact]
        public async Task Retransmitting_an_unprocessed_call_under_its_id_is_allowed()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);
            int attempts = 0;
            csms.SetResponder("MeterValues", (id, messageId, action, payload) =>
                ++attempts == 1 ? CsmsReply.Error("InternalError", "try again") : null);
            const string meterValues = "[2,\"m1\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[]}]";

            charger.Send(meterValues);
            await charger.ReceiveFrameAsync();
            charger.Send(meterValues);
            await charger.ReceiveFrameAsync();

            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task A_second_call_while_one_is_unanswered_is_recorded()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);
            csms.SetResponder("Authorize", (id, messageId, action, payload) =>
                CsmsReply.After(TimeSpan.FromMilliseconds(500), CsmsReply.Result(new JsonObject { ["idTagInfo"] = new JsonObject { ["status"] = "Accepted" } })));

            charger.Send("[2,\"1\",\"Authorize\",{\"idTag\":\"TAG\"}]");
            await csms.WaitForCallAsync("CP1", "Authorize", TestCharger.Patience);
            charger.Send("[2,\"2\"," + Heartbeat);
            await charger.ReceiveFrameAsync();
            await charger.ReceiveFrameAsync();

            ProtocolViolation violation = Assert.Single(csms.Violations);
            Assert.Equal(ViolationKind.ConcurrentCall, violation.Kind);
            Assert.Contains("\"2\"", violation.Frame);
        }

        [Theory]
        [InlineData("not json", ViolationKind.InvalidJson)]
        [InlineData("{\"a\":1,\"a\":2}", ViolationKind.InvalidJson)]
        [InlineData("{\"type\":2}", ViolationKind.WrongFrameShape)]
        [InlineData("[5,\"1\",{}]", ViolationKind.WrongFrameShape)]
        [InlineData("[2,1,\"Heartbeat\",{}]", ViolationKind.WrongFrameShape)]
        [InlineData("[3,\"1\"]", ViolationKind.WrongFrameShape)]
        [InlineData("[4,\"1\",\"GenericError\",\"\"]", ViolationKind.WrongFrameShape)]
        [InlineData("[3,\"nobody-asked\",{}]", ViolationKind.UnknownResponseId)]
        [InlineData("[4,\"nobody-asked\",\"GenericError\",\"\",{}]", ViolationKind.UnknownResponseId)]
        public async Task Malformed_frames_are_recorded(string frame, ViolationKind kind)
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);

            charger.Send(frame);
            charger.Send("[2,\"after\"," + Heartbeat);
            await WaitForResultAsync(charger, "after");

            Assert.Equal(kind, Assert.Single(csms.Violations).Kind);
        }

        [Fact]
        public async Task A_malformed_call_is_answered_with_FormationViolation()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);

            charger.Send("[2,\"1\",\"Heartbeat\",[]]");
            var error = await charger.ReceiveFrameAsync();

            Assert.Equal(4, error[0].GetInt32());
            Assert.Equal("FormationViolation", error[2].GetString());
            Assert.Equal(ViolationKind.WrongFrameShape, Assert.Single(csms.Violations).Kind);
        }

        [Fact]
        public async Task A_message_id_longer_than_36_characters_is_recorded()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);
            string id = new string('x', 37);

            charger.Send("[2,\"" + id + "\"," + Heartbeat);
            await charger.ReceiveFrameAsync();

            Assert.Equal(ViolationKind.MessageIdTooLong, Assert.Single(csms.Violations).Kind);
        }

        [Fact]
        public async Task An_error_code_outside_ocpp_j_is_recorded()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = await OpenAsync(csms);

            Task<CsmsCallResult> pending = csms.CallAsync("CP1", "ClearCache", null, TestCharger.Patience);
            var call = await charger.ReceiveFrameAsync();
            charger.Send("[4,\"" + call[1].GetString() + "\",\"OccurrenceConstraintViolation\",\"typo fixed\",{}]");
            CsmsCallResult result = await pending;

            Assert.Equal(CsmsCallOutcome.Error, result.Outcome);
            Assert.Equal("OccurrenceConstraintViolation", result.ErrorCode);
            Assert.Equal(ViolationKind.UnknownErrorCode, Assert.Single(csms.Violations).Kind);
        }

        [Fact]
        public async Task Violations_of_different_chargers_are_kept_apart()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var good = await OpenAsync(csms, "GOOD");
            using var bad = await OpenAsync(csms, "BAD");

            good.Send("[2,\"1\"," + Heartbeat);
            bad.Send("[2,\"1\",\"Heartbeat\",{\"x\":null}]");
            await good.ReceiveFrameAsync();
            await bad.ReceiveFrameAsync();

            Assert.All(csms.Violations, v => Assert.Equal("BAD", v.ChargePointId));
            Assert.Single(csms.Violations, v => v.Kind == ViolationKind.NullInPayload);
        }

        private static async Task<TestCharger> OpenAsync(EmbeddedCsms csms, string chargePointId = "CP1")
        {
            var charger = new TestCharger();
            await charger.OpenAsync(csms.Url(chargePointId));
            return charger;
        }

        /// <summary>Skips whatever the CSMS answered to earlier frames until the result for <paramref name="messageId"/>.</summary>
        private static async Task WaitForResultAsync(TestCharger charger, string messageId)
        {
            while (true)
            {
                var frame = await charger.ReceiveFrameAsync();
                if (frame[0].GetInt32() == 3 && frame[1].GetString() == messageId)
                {
                    return;
                }
            }
        }
    }
}
