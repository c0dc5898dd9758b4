using System.Collections.Generic;
using System.Linq;
using NanoEvse.Ocpp.Rpc;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    /// <summary>The RPC rules of OCPP-J section 4, observed on the wire of a registered charger.</summary>
    public class RpcEndpointTests
    {
        private static ChargerRig Registered()
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, rig.BootResponse("Accepted", 60));
            return rig;
        }

        [Fact]
        public void Message_ids_are_unique_and_at_most_36_characters()
        {
            ChargerRig rig = Registered();
            rig.AnswerStatusNotifications();
            List<string> ids = new List<string>();
            for (int i = 0; i < 20; i++)
            {
                Frame hb = rig.RunUntilCall("Heartbeat", 61000, out _);
                ids.Add(hb.Id);
                rig.Reply(hb, "{\"currentTime\":\"2026-11-21T10:00:00Z\"}");
            }

            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.InRange(id.Length, 1, 36));
        }

        [Fact]
        public void Only_one_call_of_our_own_is_outstanding_at_a_time()
        {
            ChargerRig rig = Registered();
            rig.Poll(10);

            Assert.Single(rig.Unread);
            Frame first = rig.ExpectCall("StatusNotification");
            rig.Poll(10);
            Assert.Empty(rig.Unread);
            rig.Reply(first, "{}");
            rig.ExpectCall("StatusNotification");
        }

        [Fact]
        public void A_response_is_awaited_only_while_the_call_is_on_a_live_link()
        {
            ChargerRig rig = Registered();
            rig.Poll();
            Assert.NotEmpty(rig.Unread);
            Assert.True(rig.Charger.Endpoint.AwaitsResponse);

            rig.Link.Fail("link cut");
            rig.Poll();

            Assert.False(rig.Charger.Endpoint.AwaitsResponse, "a dropped link leaves no answer to wait for");
        }

        [Fact]
        public void A_csms_call_is_answered_while_our_own_call_waits_for_its_response()
        {
            ChargerRig rig = Registered();
            Frame pending = rig.ExpectCall("StatusNotification");

            Frame answer = rig.CallCharger("GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}");

            Assert.Equal(3, answer.Type);
            Assert.Equal("60", answer.Payload.GetProperty("configurationKey")[0].GetProperty("value").GetString());
            rig.Reply(pending, "{}");
            rig.ExpectCall("StatusNotification");
        }

        [Fact]
        public void An_unanswered_call_times_out_after_MessageTimeout_and_a_late_answer_is_ignored()
        {
            ChargerRig rig = Registered();
            Assert.Equal("Accepted", rig.CallCharger("ChangeConfiguration", "{\"key\":\"MessageTimeout\",\"value\":\"10\"}").Payload.GetProperty("status").GetString());
            Frame unanswered = rig.ExpectCall("StatusNotification");

            rig.Run(9900);
            Assert.Empty(rig.Unread);
            Frame next = rig.RunUntilCall("StatusNotification", 1000, out _);
            rig.Reply(unanswered, "{}");

            Assert.NotEqual(unanswered.Id, next.Id);
            Assert.Contains(rig.Log.Lines, l => l.Contains("got no response in time"));
            Assert.Contains(rig.Log.Lines, l => l.Contains("ignoring CALLRESULT for unknown message id " + unanswered.Id));
        }

        [Fact]
        public void A_callerror_for_a_call_we_never_made_is_ignored_and_logged()
        {
            ChargerRig rig = Registered();
            Frame pending = rig.ExpectCall("StatusNotification");

            rig.Link.Deliver("[4,\"never-sent\",\"InternalError\",\"oops\",{}]");
            rig.Poll();

            Assert.Contains(rig.Log.Lines, l => l.Contains("ignoring CALLERROR for unknown message id never-sent"));
            Assert.Empty(rig.Unread);
            Assert.True(rig.Link.IsOpen);
            rig.Reply(pending, "{}");
            Assert.Equal("StatusNotification", rig.ExpectCall("StatusNotification").Action);
        }

        [Theory]
        [InlineData("[2,\"m1\",\"GetConfiguration\",{\"key\":]", CallErrorCode.FormationViolation)]
        [InlineData("[2,\"m1\",\"GetConfiguration\"]", CallErrorCode.FormationViolation)]
        [InlineData("[2,\"m1\",\"GetConfiguration\",[]]", CallErrorCode.FormationViolation)]
        [InlineData("[2,\"m1\",\"GetConfiguration\",{},{}]", CallErrorCode.FormationViolation)]
        [InlineData("[2,\"m1\",\"GetConfiguration\",{}] trailing", CallErrorCode.FormationViolation)]
        [InlineData("[2,\"m1\",17,{}]", CallErrorCode.FormationViolation)]
        [InlineData("[2,\"m1\",\"FlyToTheMoon\",{}]", CallErrorCode.NotImplemented)]
        [InlineData("[2,\"m1\",\"ReserveNow\",{}]", CallErrorCode.NotSupported)]
        [InlineData("[2,\"m1\",\"ChangeConfiguration\",{\"key\":5,\"value\":\"1\"}]", CallErrorCode.TypeConstraintViolation)]
        [InlineData("[2,\"m1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\"}]", CallErrorCode.OccurenceConstraintViolation)]
        [InlineData("[2,\"m1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":null}]", CallErrorCode.TypeConstraintViolation)]
        [InlineData("[2,\"m1\",\"GetConfiguration\",{\"key\":[\"A123456789B123456789C123456789D123456789E123456789F\"]}]", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("[2,\"m1\",\"GetConfiguration\",{\"key\":\"HeartbeatInterval\"}]", CallErrorCode.TypeConstraintViolation)]
        public void A_bad_csms_call_gets_the_matching_callerror_and_the_link_stays_up(string frame, string expectedCode)
        {
            ChargerRig rig = Registered();
            Frame answer = rig.Send(frame, "m1");

            Assert.NotNull(answer);
            Assert.Equal(4, answer.Type);
            Assert.Equal(expectedCode, answer.ErrorCode);
            Assert.Empty(answer.Root[4].EnumerateObject());
            Assert.True(rig.Link.IsOpen);
            Assert.Equal("Accepted", rig.CallCharger("ChangeConfiguration", "{\"key\":\"HeartbeatInterval\",\"value\":\"30\"}").Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void A_rejected_change_leaves_the_value_untouched()
        {
            ChargerRig rig = Registered();
            rig.Send("[2,\"m1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"45\"},\"extra\"]", "m1");

            Assert.Equal(60, rig.Charger.Configuration.Find("HeartbeatInterval").IntValue);
        }

        [Theory]
        [InlineData("{\"not\":\"an array\"}")]
        [InlineData("not json at all")]
        [InlineData("[9,\"m9\",{}]")]
        [InlineData("[\"2\",\"m9\",\"Heartbeat\",{}]")]
        [InlineData("[2,99,\"Heartbeat\",{}]")]
        [InlineData("")]
        public void A_frame_without_a_usable_message_id_is_dropped_and_logged(string frame)
        {
            ChargerRig rig = Registered();
            rig.AnswerStatusNotifications();
            int sentBefore = rig.Link.Sent.Count;

            rig.Link.Deliver(frame);
            rig.Poll();

            Assert.Equal(sentBefore, rig.Link.Sent.Count);
            Assert.Contains(rig.Log.Lines, l => l.Contains("dropped a malformed message"));
            Assert.True(rig.Link.IsOpen);
        }

        [Fact]
        public void An_oversized_call_is_refused_with_a_formation_violation()
        {
            ChargerRig rig = Registered();
            rig.Link.Deliver("[2,\"big-1\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"aaaaaaaa", truncated: true);
            rig.Poll();

            Frame answer = rig.Unread.Single(f => f.Type == 4);
            Assert.Equal("big-1", answer.Id);
            Assert.Equal(CallErrorCode.FormationViolation, answer.ErrorCode);
        }

        [Fact]
        public void A_response_that_breaks_the_schema_fails_the_call_without_applying_it()
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, "{\"status\":\"Accepted\",\"interval\":10}");

            Assert.False(rig.Charger.Registration.IsAccepted);
            Assert.Contains(rig.Log.Lines, l => l.Contains("invalid response to BootNotification"));
            rig.RunUntilCall("BootNotification", 31000, out _);
        }
    }
}
