using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// TransactionMessageAttempts and TransactionMessageRetryInterval as a strict CSMS observes them: a transaction
    /// message the CSMS fails to process goes again after RetryInterval x the attempts so far and is given up after
    /// the last attempt, while every other message keeps flowing. Keys: MessageTimeout 5 (product-b has no such key and
    /// waits its built-in 30 s), Attempts 3, Interval 10.
    /// </summary>
    public class TransactionMessageRetryTests
    {
        private const string Tag = "TAG-A";
        private long _timeoutMs;

        /// <summary>The CALL arrived in the poll step that was due, or the one after (steps of 100 ms).</summary>
        private static void AssertAt(long expectedMs, long actualMs) => Assert.InRange(actualMs, expectedMs, expectedMs + 200);

        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void A_StartTransaction_never_answered_goes_out_three_times_and_its_StopTransaction_carries_minus_one(string profile)
        {
            StrictCsms csms = Strict(profile);
            csms.Unanswered.Add("StartTransaction");
            long t0 = StartSession(csms);
            csms.Run(_timeoutMs + 1000);
            StopLocally(csms);
            csms.Run(150000);

            // Sent at t0, timed out at t0+5, then 10 s x 1; timed out again, then 10 s x 2; timed out a third time: given up.
            List<long> starts = csms.TimesOf("StartTransaction");
            Assert.Equal(3, starts.Count);
            Assert.Equal(t0, starts[0]);
            AssertAt(t0 + _timeoutMs + 10000, starts[1]);
            AssertAt(t0 + _timeoutMs + 10000 + _timeoutMs + 20000, starts[2]);
            Frame stop = Assert.Single(csms.Of("StopTransaction"));
            Assert.Equal(-1, stop.Payload.GetProperty("transactionId").GetInt32());
            AssertAt(starts[2] + _timeoutMs, csms.TimesOf("StopTransaction")[0]);
            Assert.Contains(csms.Rig.Log.Lines, l => l.Contains("StartTransaction given up after 3 attempt(s)"));

            // Nothing waits behind the Start while it waits for its next attempt.
            Assert.True(csms.TimesOf("Heartbeat").Count(t => t > t0 + _timeoutMs && t < starts[2]) >= 3, "no heartbeats while the StartTransaction waited");
            Assert.Contains(csms.TimesOf("StatusNotification"), t => t > t0 + _timeoutMs && t < starts[1]);
        }

        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void A_StopTransaction_refused_with_a_CALLERROR_is_retried_then_dropped(string profile)
        {
            StrictCsms csms = Strict(profile);
            StartSession(csms);
            csms.Run(2000);
            csms.Refused.Add("StopTransaction");
            StopLocally(csms);
            csms.Run(60000);

            List<long> stops = csms.TimesOf("StopTransaction");
            Assert.Equal(3, stops.Count);
            AssertAt(stops[0] + 10000, stops[1]);
            AssertAt(stops[1] + 20000, stops[2]);
            Assert.All(csms.Of("StopTransaction"), s => Assert.Equal(100, s.Payload.GetProperty("transactionId").GetInt32()));
            Assert.Equal(0, csms.Rig.Charger.Charging.Journal.Count);
            Assert.Contains(csms.Rig.Log.Lines, l => l.Contains("StopTransaction given up after 3 attempt(s)"));
        }

        [Fact]
        public void A_later_transaction_waits_behind_a_StopTransaction_awaiting_its_retry_while_Authorize_and_statuses_flow()
        {
            StrictCsms csms = Strict("default");
            StartSession(csms);
            csms.Run(2000);
            csms.Refused.Add("StopTransaction");
            StopLocally(csms);
            csms.Run(2000);
            csms.Rig.Evse.Unplug();
            csms.Run(2000);
            csms.Rig.PlugInEv();
            csms.Run(2000);
            csms.Rig.Reader.Present("TAG-B");
            csms.Run(60000);

            List<long> stops = csms.TimesOf("StopTransaction");
            Assert.Equal(3, stops.Count);
            long authorized = csms.TimesOf("Authorize").Last();
            Assert.True(authorized < stops[1], "Authorize waited for the StopTransaction's retry");
            Assert.Contains(csms.TimesOf("StatusNotification"), t => t > stops[0] && t < stops[1]);
            List<Frame> starts = csms.Of("StartTransaction");
            Assert.Equal("TAG-B", starts.Last().Payload.GetProperty("idTag").GetString());
            Assert.True(csms.TimesOf("StartTransaction").Last() >= stops[2], "the next transaction's StartTransaction overtook the StopTransaction");
        }

        [Fact]
        public void A_message_lost_to_a_dropped_link_is_sent_first_on_the_next_connection_without_costing_an_attempt()
        {
            StrictCsms csms = Strict("default");
            Assert.Equal("Accepted", csms.Rig.ChangeConfiguration("TransactionMessageAttempts", "1"));
            csms.Unanswered.Add("StartTransaction");
            long t0 = StartSession(csms);
            csms.Run(2000);
            csms.Unanswered.Clear();
            csms.Rig.Link.Fail("link lost");
            csms.Rig.Poll();
            StopLocally(csms);
            csms.Run(30000);

            List<(long AtMs, Frame Call)> after = csms.Calls.Where(c => c.AtMs > t0 + 2000).ToList();
            Assert.Equal("StartTransaction", after[0].Call.Action);
            Assert.Equal(csms.Of("StartTransaction")[0].Payload.ToString(), after[0].Call.Payload.ToString());
            Assert.Equal(2, csms.Of("StartTransaction").Count);
            Frame stop = Assert.Single(csms.Of("StopTransaction"));
            Assert.Equal(100, stop.Payload.GetProperty("transactionId").GetInt32());
            Assert.True(csms.Calls.FindIndex(c => c.Call.Action == "StopTransaction") > csms.Calls.IndexOf(after[0]));
        }

        [Fact]
        public void A_ChangeConfiguration_of_the_keys_applies_from_the_next_failure()
        {
            StrictCsms csms = Strict("default");
            csms.Unanswered.Add("StartTransaction");
            long t0 = StartSession(csms);
            csms.Run(8000);
            Assert.Equal("Accepted", csms.Rig.ChangeConfiguration("TransactionMessageRetryInterval", "30"));
            Assert.Equal("Accepted", csms.Rig.ChangeConfiguration("TransactionMessageAttempts", "4"));
            csms.Run(250000);

            // The wait already running keeps its 10 s; the next ones are 30 s x 2 and 30 s x 3, and a fourth attempt is made.
            List<long> starts = csms.TimesOf("StartTransaction");
            Assert.Equal(4, starts.Count);
            AssertAt(t0 + 5000 + 10000, starts[1]);
            AssertAt(starts[1] + 5000 + 60000, starts[2]);
            AssertAt(starts[2] + 5000 + 90000, starts[3]);
            Assert.Contains(csms.Rig.Log.Lines, l => l.Contains("StartTransaction given up after 4 attempt(s)"));
        }

        /// <summary>A booted charger of the profile under a strict CSMS, with the keys of these tests and no periodic meter values.</summary>
        private StrictCsms Strict(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            bool hasTimeout = rig.Charger.Configuration.Find("MessageTimeout") != null;
            Assert.Equal(hasTimeout ? "Accepted" : "NotSupported", rig.ChangeConfiguration("MessageTimeout", "5"));
            _timeoutMs = (hasTimeout ? 5 : NanoEvse.ChargePoint.Charger.DefaultMessageTimeoutSeconds) * 1000L;
            foreach ((string key, string value) in new[]
            {
                ("TransactionMessageAttempts", "3"), ("TransactionMessageRetryInterval", "10"), ("HeartbeatInterval", "10"),
                ("MeterValueSampleInterval", "0"),
            })
            {
                Assert.Equal("Accepted", rig.ChangeConfiguration(key, value));
            }

            return new StrictCsms(rig);
        }

        /// <summary>Plugs in and starts remotely (any profile); returns when the first StartTransaction reached the CSMS.</summary>
        private static long StartSession(StrictCsms csms)
        {
            csms.Rig.PlugInEv();
            csms.Run(1000);
            csms.Call("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + Tag + "\"}");
            for (int i = 0; i < 100 && csms.TimesOf("StartTransaction").Count == 0; i++)
            {
                csms.Run(100);
            }

            return Assert.Single(csms.TimesOf("StartTransaction"));
        }

        /// <summary>Ends the session at the charger: the same card where there is a reader, UnlockConnector otherwise.</summary>
        private static void StopLocally(StrictCsms csms)
        {
            if (csms.Rig.Reader != null)
            {
                csms.Rig.Reader.Present(Tag);
            }
            else
            {
                csms.Call("UnlockConnector", "{\"connectorId\":1}");
            }

            csms.Run(100);
        }
    }
}
