using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Journal;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// Meter values in the journal as the CSMS and the owner see them: a StopTransaction sent after a restart still
    /// carries its transactionData, a full journal starts no transaction and says so, and what charging costs the flash.
    /// </summary>
    public class JournaledMeterValuesTests
    {
        private readonly ITestOutputHelper _output;

        public JournaledMeterValuesTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void A_StopTransaction_sent_after_a_restart_carries_the_transactionData_rebuilt_from_flash()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b");
            rig.StartCharging("TAG-A", 41);
            List<MeterValuesJson> sent = rig.RunAnswering(100_500);
            Assert.Equal(5, sent.Count);
            rig.Link.OpenOnConnect = false;
            rig.Link.Fail("CSMS unreachable");
            rig.Run(1000);
            rig.Reader.Present("TAG-A");
            rig.Run(2000);

            ChargerRig rebooted = rig.Reboot();
            rebooted.Reply(rebooted.ExpectCall("BootNotification"), rebooted.BootResponse("Accepted", 300));
            rebooted.AnswerQueuedMeterValues(41);
            Frame stop = rebooted.ExpectStop(41, "Local", "TAG-A");

            List<MeterValueJson> data = MeterValueFrames.ReadTransactionData(stop);
            Assert.Equal("Transaction.Begin", data[0].Context);
            Assert.Equal("Transaction.End", data[data.Count - 1].Context);
            Assert.Equal(stop.Payload.GetProperty("meterStop").GetInt64().ToString(), data[data.Count - 1].SampledValues[0].Value);
            List<MeterValueJson> periodic = data.Where(v => v.Context == "Sample.Periodic").ToList();
            Assert.Equal(sent.Select(m => m.Value.Timestamp), periodic.Select(v => v.Timestamp));
            Assert.Equal(sent.Select(m => m.Value.SampledValues[0].Value), periodic.Select(v => v.SampledValues[0].Value));
        }

        [Fact]
        public void A_full_journal_starts_no_transaction_and_tells_the_CSMS_until_it_has_room_again()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MinimumStatusDuration", "0"));
            rig.Link.OpenOnConnect = false;
            rig.Link.Fail("CSMS unreachable");
            rig.Run(1000);
            for (int i = 0; i < TransactionJournal.MaxTransactions; i++)
            {
                rig.Evse.Plug();
                rig.Evse.AskForEnergy();
                rig.Run(1000);
                rig.Reader.Present("TAG-" + i);
                rig.Run(5000);
                Assert.NotNull(rig.Charger.Charging.Sessions[0].Transaction);
                rig.Reader.Present("TAG-" + i);
                rig.Run(2000);
                rig.Evse.Unplug();
                rig.Run(2000);
            }

            Assert.False(rig.Charger.Charging.Journal.HasRoomForTransaction);
            rig.Evse.Plug();
            rig.Evse.AskForEnergy();
            rig.Run(1000);
            rig.Reader.Present("TAG-X");
            rig.Run(5000);
            Assert.Null(rig.Charger.Charging.Sessions[0].Transaction);
            Assert.False(rig.Evse.ContactorCommanded);

            rig.Link.OpenOnConnect = true;
            List<Frame> statuses = new List<Frame>();
            int stops = 0;
            for (int second = 0; second < 1800 && rig.Charger.Charging.Journal.Count > 0; second++)
            {
                rig.Run(1000);
                while (rig.Unread.Count > 0)
                {
                    Frame call = rig.ExpectCall(rig.Unread[0].Action);
                    if (call.Action == "StatusNotification" && call.Payload.GetProperty("connectorId").GetInt32() == 1)
                    {
                        statuses.Add(call);
                    }

                    stops += call.Action == "StopTransaction" ? 1 : 0;
                    rig.Reply(call, call.Action switch
                    {
                        "StartTransaction" => "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":" + (100 + stops) + "}",
                        "Heartbeat" => "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}",
                        _ => "{}",
                    });
                }
            }

            Assert.Equal(TransactionJournal.MaxTransactions, stops);
            Frame full = statuses.First(s => s.Payload.GetProperty("errorCode").GetString() == "InternalError");
            Assert.Equal(ConnectorSession.JournalFullInfo, full.Payload.GetProperty("info").GetString());
            Assert.Contains(full.Payload.GetProperty("status").GetString(), new[] { "Available", "Preparing" });
            rig.Run(2000);
            statuses.AddRange(rig.AnswerStatusNotifications().Where(s => s.Payload.GetProperty("connectorId").GetInt32() == 1));
            Assert.True(rig.Charger.Charging.Journal.HasRoomForTransaction);
            Assert.Equal("NoError", statuses.Last().Payload.GetProperty("errorCode").GetString());
        }

        /// <summary>Flash writes and bytes per hour of charging, compactions included, at two sample intervals (printed for ARCHITECTURE.md).</summary>
        [Theory]
        [InlineData(60)]
        [InlineData(10)]
        public void An_hour_of_charging_costs_two_small_appends_per_meter_value(int interval)
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", interval.ToString()));
            rig.StartChargingRemotely("TAG-A", 7);
            JournalFile file = rig.Charger.Charging.Journal.File;
            rig.Flash.ResetCounters();
            int appends = file.Appends;
            int rewrites = file.Rewrites;
            long bytes = file.BytesWritten;

            List<MeterValuesJson> values = rig.RunAnswering(3_600_000, 1000);

            int samples = 3600 / interval;
            Assert.Equal(samples, values.Count);
            Assert.InRange(file.Appends - appends + file.Rewrites - rewrites, 2 * samples - 2, 2 * samples + 2);
            _output.WriteLine("MeterValueSampleInterval " + interval + " s, an hour of charging: " + (file.Appends - appends) + " appends, "
                + (file.Rewrites - rewrites) + " compactions, " + rig.Flash.Operations + " flash operations, " + (file.BytesWritten - bytes)
                + " bytes written (" + (file.BytesWritten - bytes) / samples + " B per meter value)");
        }
    }
}
