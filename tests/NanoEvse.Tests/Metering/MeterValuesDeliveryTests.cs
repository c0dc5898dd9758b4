using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>Meter values of a transaction are transaction messages: queued in order behind StartTransaction and sent again when lost.</summary>
    public class MeterValuesDeliveryTests
    {
        [Fact]
        public void The_transactionId_is_the_one_StartTransaction_conf_gave_even_when_sampled_before_it()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "10"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            Frame start = rig.ExpectCall("StartTransaction");
            rig.Run(15_000);
            Assert.Empty(rig.Unread);

            rig.Reply(start, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":4242}");
            rig.ExpectStatus("Charging");

            Frame values = rig.ExpectCall("MeterValues");
            Assert.Equal(4242, values.Payload.GetProperty("transactionId").GetInt32());
        }

        [Fact]
        public void A_StartTransaction_lost_to_a_timeout_goes_again_ahead_of_the_meter_values_queued_behind_it()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "10"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            Frame lost = rig.ExpectCall("StartTransaction");

            // MessageTimeout is 30 s, then TransactionMessageRetryInterval 60 s: values sampled meanwhile wait behind
            // the unanswered StartTransaction, and it goes again before any of them. Other messages flow meanwhile.
            rig.Run(30_500);
            rig.ExpectStatus("Charging");
            Frame again = rig.RunUntilCall("StartTransaction", 60_000, out _);
            Assert.Equal(lost.Payload.GetRawText(), again.Payload.GetRawText());
            rig.Reply(again, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":77}");

            List<Frame> values = new List<Frame>();
            rig.Poll();
            while (rig.Unread.Count > 0)
            {
                Frame next = rig.ExpectCall(rig.Unread[0].Action);
                Assert.NotEqual("StartTransaction", next.Action);
                if (next.Action == "MeterValues")
                {
                    values.Add(next);
                }

                rig.Reply(next, "{}");
            }

            Assert.True(values.Count >= 9, "values sampled during the 90 s wait: " + values.Count);
            Assert.All(values, v => Assert.Equal(77, v.Payload.GetProperty("transactionId").GetInt32()));
        }

        [Fact]
        public void Unanswered_transaction_meter_values_are_sent_again()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 8);
            Frame first = rig.RunUntilCall("MeterValues", 61_000, out _);

            // MessageTimeout (30 s) ends the first attempt; the next waits TransactionMessageRetryInterval (60 s) x 1.
            rig.ExpectSilence(30_000 + 59_000);
            rig.Run(1000);

            Frame again = rig.ExpectMeterValues(8);
            Assert.Equal(first.Payload.GetProperty("meterValue").GetRawText(), again.Payload.GetProperty("meterValue").GetRawText());
        }

        [Fact]
        public void Idle_clock_aligned_values_are_not_retried()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "120"));
            Frame first = rig.RunUntilCall("MeterValues", 121_000, out _);
            Assert.False(first.Payload.TryGetProperty("transactionId", out _));

            rig.Run(30_000);
            rig.ExpectSilence(60_000);
        }

        [Fact]
        public void Offline_meter_values_never_crowd_out_StopTransaction()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "10"));
            rig.StartCharging("TAG-A", 6);
            rig.Link.OpenOnConnect = false;
            rig.Link.Fail("network down");
            rig.Run(1_800_000, 1000);
            rig.Reader.Present("TAG-A");
            rig.Run(1000);

            rig.Link.OpenOnConnect = true;
            List<Frame> calls = new List<Frame>();
            for (int i = 0; i < 600 && !calls.Any(c => c.Action == "StopTransaction"); i++)
            {
                rig.Run(1000);
                while (rig.Unread.Count > 0)
                {
                    Frame call = rig.ExpectCall(rig.Unread[0].Action);
                    calls.Add(call);
                    rig.Reply(call, call.Action switch
                    {
                        "StopTransaction" => "{\"idTagInfo\":{\"status\":\"Accepted\"}}",
                        "Heartbeat" => "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}",
                        _ => "{}",
                    });
                }
            }

            List<Frame> values = calls.Where(c => c.Action == "MeterValues").ToList();
            Assert.Equal(180, values.Count);
            Assert.True(calls.FindIndex(c => c.Action == "StopTransaction") > calls.FindLastIndex(c => c.Action == "MeterValues"));
            List<string> stamps = values.Select(v => v.Payload.GetProperty("meterValue")[0].GetProperty("timestamp").GetString()).ToList();
            Assert.Equal(stamps.OrderBy(s => s, System.StringComparer.Ordinal), stamps);
        }
    }
}
