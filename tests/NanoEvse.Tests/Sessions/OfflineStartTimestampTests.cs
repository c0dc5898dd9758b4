using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// After a power cut the RTC restarts in 2000. A transaction started offline then is held back until the CSMS
    /// gives the time, and is sent with the times it really happened, placed by the monotonic clock; a journal
    /// carried over a reboot without a trusted time keeps its times after the last trusted time it knew.
    /// </summary>
    public class OfflineStartTimestampTests
    {
        private static readonly DateTime LostRtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The real time at a monotonic instant: the rig's clock started at <see cref="ChargerRig.Start"/> with 0 ms.</summary>
        private static DateTime Real(long ms) => ChargerRig.Start.AddMilliseconds(ms);

        private static DateTime Stamp(Frame frame) => frame.Payload.GetProperty("timestamp").GetDateTime().ToUniversalTime();

        private static ChargerRig PowerCutWithLostRtc()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            rig.Clock.SetUtc(LostRtc);
            ChargerRig rebooted = rig.Reboot();
            rebooted.Link.OpenOnConnect = false;
            return rebooted;
        }

        [Fact]
        public void A_transaction_started_offline_with_a_lost_clock_is_sent_with_its_real_times()
        {
            ChargerRig rig = PowerCutWithLostRtc();
            rig.Poll();
            rig.PlugInEv();
            rig.Reader.Present("TAG-OFF");
            rig.Run(1000);
            Assert.True(rig.Evse.ContactorCommanded);
            long startMs = rig.Now;
            rig.Run(10 * 60 * 1000, 1000);

            rig.Link.OpenOnConnect = true;
            Frame boot = rig.RunUntilCall("BootNotification", 6 * 60 * 1000, out _);
            rig.Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"" + ChargerRig.Iso(Real(rig.Now)) + "\",\"interval\":300}");

            List<Frame> sent = AnswerUntilQuiet(rig);
            Frame start = sent.Single(f => f.Action == "StartTransaction");
            Assert.InRange(Stamp(start), Real(startMs).AddSeconds(-2), Real(startMs));
            List<DateTime> values = sent.Where(f => f.Action == "MeterValues")
                .Select(f => f.Payload.GetProperty("meterValue")[0].GetProperty("timestamp").GetDateTime().ToUniversalTime()).ToList();
            Assert.True(values.Count >= 9, values.Count + " MeterValues");
            Assert.All(values, v => Assert.InRange(v, Stamp(start), Real(rig.Now)));
            Assert.Equal(values.OrderBy(v => v), values);
            Assert.All(sent.Where(f => f.Action == "StatusNotification"), s => Assert.True(Stamp(s).Year >= 2025, s.Text));

            rig.Reader.Present("TAG-OFF");
            rig.Run(1000);
            Frame stop = AnswerUntilQuiet(rig).Single(f => f.Action == "StopTransaction");
            Assert.InRange(Stamp(stop), Real(rig.Now).AddSeconds(-2), Real(rig.Now));
        }

        [Fact]
        public void A_transaction_of_an_earlier_boot_that_never_had_a_trusted_clock_is_not_dated_before_the_last_trusted_time()
        {
            ChargerRig rig = PowerCutWithLostRtc();
            DateTime lastTrusted = Real(rig.Now);
            rig.Poll();
            rig.PlugInEv();
            rig.Reader.Present("TAG-OFF");
            rig.Run(60_000);
            Assert.True(rig.Evse.ContactorCommanded);

            rig.Clock.SetUtc(LostRtc);
            ChargerRig again = rig.Reboot();
            again.Run(1000);
            Frame boot = again.ExpectCall("BootNotification");
            again.Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"" + ChargerRig.Iso(Real(again.Now)) + "\",\"interval\":300}");

            List<Frame> sent = AnswerUntilQuiet(again);
            Frame start = sent.Single(f => f.Action == "StartTransaction");
            Frame stop = sent.Single(f => f.Action == "StopTransaction");
            Assert.Equal("PowerLoss", stop.Payload.GetProperty("reason").GetString());
            Assert.InRange(Stamp(start), lastTrusted.AddSeconds(-1), Real(again.Now));
            Assert.InRange(Stamp(stop), Stamp(start), Real(again.Now));
            Assert.Contains(again.Log.Lines, l => l.Contains("is not trusted"));
        }

        /// <summary>Answers every CALL the charger sends (ids 1, 2, ...) until it is quiet; returns them.</summary>
        private static List<Frame> AnswerUntilQuiet(ChargerRig rig)
        {
            List<Frame> sent = new List<Frame>();
            int transactionId = 0;
            rig.Poll();
            while (rig.Unread.Count > 0)
            {
                Frame call = rig.Unread[0];
                rig.ExpectCall(call.Action);
                sent.Add(call);
                string answer = call.Action switch
                {
                    "StartTransaction" => "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":" + (++transactionId) + "}",
                    "Heartbeat" => "{\"currentTime\":\"" + ChargerRig.Iso(Real(rig.Now)) + "\"}",
                    "Authorize" => "{\"idTagInfo\":{\"status\":\"Accepted\"}}",
                    _ => "{}",
                };
                rig.Reply(call, answer);
            }

            return sent;
        }
    }
}
