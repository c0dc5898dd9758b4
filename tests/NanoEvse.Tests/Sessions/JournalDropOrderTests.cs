using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// A journal that fills up gives up meter values oldest first and never a StartTransaction or StopTransaction:
    /// after a long outage the CSMS gets the start, an unbroken run of the newest values, and the stop.
    /// </summary>
    public class JournalDropOrderTests
    {
        [Fact]
        public void A_full_journal_drops_the_oldest_meter_values_and_keeps_the_start_the_newest_values_and_the_stop()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "10"));
            rig.Link.OpenOnConnect = false;
            rig.Link.Fail("CSMS unreachable");
            rig.Run(1000);

            rig.Evse.Plug();
            rig.Evse.AskForEnergy();
            rig.Run(1000);
            rig.Reader.Present("LONG-OUTAGE");
            rig.Run(5000);
            Assert.NotNull(rig.Charger.Charging.Sessions[0].Transaction);
            rig.Run(3 * 60 * 60 * 1000, 1000);
            rig.Reader.Present("LONG-OUTAGE");
            rig.Run(2000);
            int dropped = rig.Log.Lines.Count(l => l.Contains("journal full: dropping the meter value"));
            Assert.True(dropped > 0, "three hours of 10 s values should overflow the journal");

            rig.Link.OpenOnConnect = true;
            List<Frame> transactionMessages = new List<Frame>();
            for (int second = 0; second < 3600 && rig.Charger.Charging.Journal.Count > 0; second++)
            {
                rig.Run(1000);
                while (rig.Unread.Count > 0)
                {
                    Frame call = rig.ExpectCall(rig.Unread[0].Action);
                    if (call.Action == "StartTransaction" || call.Action == "StopTransaction"
                        || (call.Action == "MeterValues" && call.Payload.TryGetProperty("transactionId", out _)))
                    {
                        transactionMessages.Add(call);
                    }

                    rig.Reply(call, call.Action switch
                    {
                        "BootNotification" => rig.BootResponse("Accepted", 3600),
                        "StartTransaction" => "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":5}",
                        "Heartbeat" => "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}",
                        _ => "{}",
                    });
                }
            }

            Assert.Equal("StartTransaction", transactionMessages.First().Action);
            Assert.Equal("StopTransaction", transactionMessages.Last().Action);
            List<DateTime> times = transactionMessages.Skip(1).Take(transactionMessages.Count - 2)
                .Select(f => f.Payload.GetProperty("meterValue")[0].GetProperty("timestamp").GetDateTime())
                .ToList();
            DateTime stop = transactionMessages.Last().Payload.GetProperty("timestamp").GetDateTime();
            Assert.True(times.Count > 100, times.Count + " values kept");
            Assert.True(times.Count < 3 * 60 * 6 - dropped + 2, times.Count + " values kept, " + dropped + " dropped");
            for (int i = 1; i < times.Count; i++)
            {
                Assert.Equal(TimeSpan.FromSeconds(10), times[i] - times[i - 1]);
            }

            Assert.True(stop - times.Last() <= TimeSpan.FromSeconds(10), "the newest values are the ones kept");
            Assert.Equal(0, rig.Charger.Charging.Journal.Count);
        }
    }
}
