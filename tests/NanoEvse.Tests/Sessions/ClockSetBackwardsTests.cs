using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// The CSMS sets the clock back by two hours in the middle of a transaction. The transaction's timestamps never
    /// decrease: a meter value or a stop that would come before the previous one carries the previous time again.
    /// </summary>
    public class ClockSetBackwardsTests
    {
        private static DateTime Stamp(JsonElement element) => element.GetProperty("timestamp").GetDateTime().ToUniversalTime();

        [Fact]
        public void A_clock_set_back_mid_transaction_does_not_reorder_its_timestamps()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTxnSampledData", "Energy.Active.Import.Register"));
            rig.StartCharging("TAG-B", 42);
            DateTime start = ChargerRig.Start;
            List<Frame> sent = new List<Frame>();
            DateTime before = rig.Clock.UtcNow;
            Answer(rig, sent, 8 * 60 * 1000, () => rig.Clock.UtcNow.AddHours(-2));
            Assert.Contains(sent, f => f.Action == "Heartbeat");
            Assert.True(rig.Clock.UtcNow < before, "the clock was not set back");

            rig.Reader.Present("TAG-B");
            Answer(rig, sent, 2000, () => rig.Clock.UtcNow);

            Frame startFrame = rig.Log.Frames.Select(f => new Frame(f.Substring(f.IndexOf('['))))
                .First(f => f.Type == 2 && f.Action == "StartTransaction");
            DateTime startedAt = Stamp(startFrame.Payload);
            List<DateTime> values = sent.Where(f => f.Action == "MeterValues").Select(f => Stamp(f.Payload.GetProperty("meterValue")[0])).ToList();
            Frame stop = sent.Single(f => f.Action == "StopTransaction");
            List<DateTime> data = stop.Payload.GetProperty("transactionData").EnumerateArray().Select(Stamp).ToList();

            Assert.True(values.Count >= 5, values.Count + " MeterValues");
            Assert.All(values, v => Assert.True(v >= startedAt, v + " before the start " + startedAt));
            Assert.Equal(values.OrderBy(v => v), values);
            Assert.True(Stamp(stop.Payload) >= values.Last(), "the stop comes before the last meter value");
            Assert.Equal(data.OrderBy(v => v), data);
            Assert.Equal(startedAt, data.First());
            Assert.True(start <= startedAt);
        }

        /// <summary>Lets <paramref name="ms"/> pass, answering every CALL, a Heartbeat with <paramref name="heartbeatTime"/>.</summary>
        private static void Answer(ChargerRig rig, List<Frame> sent, long ms, Func<DateTime> heartbeatTime)
        {
            long end = rig.Now + ms;
            while (true)
            {
                rig.Poll();
                while (rig.Unread.Count > 0)
                {
                    Frame call = rig.Unread[0];
                    rig.ExpectCall(call.Action);
                    sent.Add(call);
                    rig.Reply(call, call.Action == "Heartbeat" ? "{\"currentTime\":\"" + ChargerRig.Iso(heartbeatTime()) + "\"}" : "{}");
                }

                if (rig.Now >= end)
                {
                    return;
                }

                rig.Clock.Advance(1000);
            }
        }
    }
}
