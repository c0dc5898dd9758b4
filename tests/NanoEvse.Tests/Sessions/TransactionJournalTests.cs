using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Journal;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using NanoEvse.Tooling.Storage;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// The transaction journal as the CSMS and the charger's owner see it: what survives a restart, in what order it
    /// is sent, what the flash pays for it, and what a damaged journal costs.
    /// </summary>
    public class TransactionJournalTests
    {
        private readonly ITestOutputHelper _output;

        public TransactionJournalTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void A_session_with_one_meter_value_costs_five_appends_and_one_compaction_and_leaves_only_the_register_behind()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            rig.Flash.ResetCounters();
            rig.StartRemotely("TAG-A", 7);
            rig.Run(60000);
            Assert.Equal("Accepted", rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":7}").Payload.GetProperty("status").GetString());
            ExpectStop(rig, 7, "Remote");

            JournalFile file = rig.Charger.Charging.Journal.File;
            Assert.Equal(5, file.Appends);
            Assert.Equal(1, file.Rewrites);
            Assert.Equal(8, rig.Flash.Operations);
            byte[] left = rig.Flash.Peek(JournalFile.Name);
            Assert.Equal(JournalRecord.HeaderBytes + 23, left.Length);
            Assert.Null(rig.Flash.Peek(JournalFile.NextName));
            _output.WriteLine("one session: " + file.Appends + " appends, " + file.Rewrites + " compaction, " + rig.Flash.Operations
                + " flash operations, " + file.BytesWritten + " bytes written; " + left.Length + " bytes left in " + JournalFile.Name);
        }

        [Fact]
        public void An_hour_of_charging_without_meter_values_writes_the_register_at_most_twelve_times()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            rig.StartRemotely("TAG-A", 7);
            JournalFile file = rig.Charger.Charging.Journal.File;
            int appends = file.Appends;
            int rewrites = file.Rewrites;
            long bytes = file.BytesWritten;
            long energyBefore = rig.Evse.EnergyWh;

            rig.Run(60 * 60 * 1000, 1000);

            int writes = file.Appends - appends + file.Rewrites - rewrites;
            Assert.True(rig.Evse.EnergyWh - energyBefore > 20000, "the vehicle did not charge");
            Assert.InRange(writes, 1, 12);
            Assert.True(rig.Charger.Charging.Journal.FloorWh(1) > energyBefore, "the register was never written while charging");
            _output.WriteLine("an hour at " + rig.Evse.PowerW + " W: " + writes + " journal writes (" + (file.Appends - appends) + " appends, "
                + (file.Rewrites - rewrites) + " compactions), " + (file.BytesWritten - bytes) + " bytes");
        }

        [Fact]
        public void A_long_session_is_compacted_while_it_runs_and_a_power_cut_still_ends_it_with_PowerLoss()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b");
            rig.StartCharging("TAG-A", 77);
            rig.Run(5 * 60 * 60 * 1000, 1000);
            JournalFile file = rig.Charger.Charging.Journal.File;
            Assert.True(file.Rewrites >= 1, "the journal was never compacted");
            Assert.True(file.Length <= file.RewrittenLength + System.Math.Max(TransactionJournal.GrowthBytes, file.RewrittenLength / 2),
                file.Length + " B after a rewrite to " + file.RewrittenLength + " B");
            long floor = rig.Charger.Charging.Journal.FloorWh(1);

            JournaledSession.LosePower(rig);
            rig.Evse.SetEnergyRegister(0);
            ChargerRig rebooted = rig.Reboot();
            Frame boot = rebooted.ExpectCall("BootNotification");
            rebooted.Reply(boot, rebooted.BootResponse("Accepted", 300));
            List<Frame> queued = rebooted.AnswerQueuedMeterValues(77);
            Frame stop = rebooted.ExpectStop(77, "PowerLoss");
            Assert.Equal(floor, stop.Payload.GetProperty("meterStop").GetInt64());
            Assert.True(queued.Count > 100, queued.Count + " values kept");
            _output.WriteLine("five hours of charging: " + file.Appends + " appends, " + file.Rewrites + " compactions, " + file.BytesWritten
                + " bytes written; register in flash " + floor + " Wh");
        }

        [Fact]
        public void A_stop_made_offline_is_sent_after_a_restart_with_its_original_facts()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 31);
            rig.Run(120000);
            rig.Link.Fail("CSMS unreachable");
            rig.Link.OpenOnConnect = false;
            rig.Run(1000);
            rig.Reader.Present("TAG-A");
            rig.Run(2000);
            long meterStop = rig.Charger.Charging.Sessions[0].EnergyWh(false);

            ChargerRig rebooted = rig.Reboot();
            rebooted.Clock.Advance(60000);
            Frame boot = rebooted.ExpectCall("BootNotification");
            rebooted.Reply(boot, rebooted.BootResponse("Accepted", 300));
            Assert.NotEmpty(rebooted.AnswerQueuedMeterValues(31));
            Frame stop = rebooted.ExpectStop(31, "Local", "TAG-A");
            Assert.Equal(meterStop, stop.Payload.GetProperty("meterStop").GetInt64());
            Assert.True(stop.Payload.GetProperty("timestamp").GetDateTime() < rebooted.Clock.UtcNow.AddSeconds(-59));
        }

        [Fact]
        public void A_StopTransaction_left_unanswered_by_a_soft_reset_is_sent_again_after_the_restart()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            rig.StartRemotely("TAG-A", 16);
            rig.Run(30000);

            Assert.Equal("Accepted", rig.Reset("Soft"));
            Frame first = NextAfterStatuses(rig);
            Assert.Equal("StopTransaction", first.Action);
            rig.Run(31000);
            Assert.Single(rig.Restarts.Requests);

            ChargerRig rebooted = rig.Reboot();
            Frame boot = rebooted.ExpectCall("BootNotification");
            rebooted.Reply(boot, rebooted.BootResponse("Accepted", 300));
            Frame again = rebooted.ExpectStop(16, "SoftReset");
            Assert.Equal(JournaledSession.Facts(first), JournaledSession.Facts(again));
            Assert.Equal(0, rebooted.Charger.Charging.Journal.Count);
        }

        [Fact]
        public void A_StartTransaction_the_CSMS_refuses_at_every_attempt_gives_its_StopTransaction_transactionId_minus_one()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ReplyError(rig.ExpectCall("StartTransaction"), "InternalError");
            rig.ExpectStatus("Charging");
            rig.Reader.Present("TAG-A");
            rig.AnswerStatusNotifications();

            // TransactionMessageAttempts is 3 in the default profile, RetryInterval 60 s: again after 60 s, then 120 s.
            long before = rig.Now;
            rig.ReplyError(rig.RunUntilCall("StartTransaction", 61000, out long second), "InternalError");
            rig.ReplyError(rig.RunUntilCall("StartTransaction", 121000, out long third), "InternalError");
            Assert.InRange(second - before, 59000, 61000);
            Assert.InRange(third - second, 119000, 121000);
            rig.ExpectStop(-1, "Local", "TAG-A");
            Assert.Equal(0, rig.Charger.Charging.Journal.Count);
        }

        [Fact]
        public void A_StartTransaction_that_timed_out_is_sent_again_before_the_StopTransaction()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            Frame start = rig.ExpectCall("StartTransaction");
            rig.Reader.Present("TAG-A");
            rig.Run(31000);

            Frame again = NextAfterStatuses(rig);
            Assert.Equal("StartTransaction", again.Action);
            Assert.Equal(start.Payload.ToString(), again.Payload.ToString());
            rig.Reply(again, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":44}");
            Frame stop = NextAfterStatuses(rig);
            Assert.Equal("StopTransaction", stop.Action);
            Assert.Equal(44, stop.Payload.GetProperty("transactionId").GetInt32());
        }

        /// <summary>The StopTransaction that comes next, after any statuses and heartbeats (answered); it is answered.</summary>
        private static Frame ExpectStop(ChargerRig rig, int transactionId, string reason)
        {
            Frame stop = NextAfterStatuses(rig);
            Assert.Equal("StopTransaction", stop.Action);
            Assert.Equal(transactionId, stop.Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal(reason, stop.Payload.GetProperty("reason").GetString());
            rig.Reply(stop, "{}");
            return stop;
        }

        /// <summary>The next CALL other than StatusNotification, Heartbeat and MeterValues, answering those before it.</summary>
        private static Frame NextAfterStatuses(ChargerRig rig)
        {
            for (int second = 0; second < 120; second++)
            {
                rig.AnswerStatusNotifications();
                Frame next = rig.Unread.FirstOrDefault();
                if (next != null && (next.Action == "Heartbeat" || next.Action == "MeterValues"))
                {
                    string answer = next.Action == "Heartbeat" ? "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}" : "{}";
                    rig.Reply(rig.ExpectCall(next.Action), answer);
                    continue;
                }

                if (next != null)
                {
                    return rig.ExpectCall(next.Action);
                }

                rig.Run(1000);
            }

            throw new Xunit.Sdk.XunitException("no transaction message within two minutes");
        }

        [Fact]
        public void The_register_continues_from_flash_when_the_meter_counts_from_zero_after_a_restart()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            rig.Evse.SetEnergyRegister(125000);
            rig.StartRemotely("TAG-A", 1);
            rig.RunAnswering(10 * 60 * 1000, 1000);
            rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":1}");
            long meterStop = ExpectStop(rig, 1, "Remote").Payload.GetProperty("meterStop").GetInt64();
            Assert.True(meterStop > 125000);

            rig.Evse.SetEnergyRegister(0);
            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAndReadStatuses();
            rebooted.Evse.Unplug();
            rebooted.Run(2000);
            rebooted.AnswerStatusNotifications();
            rebooted.StartRemotely("TAG-B", 2);

            Frame start = rebooted.Link.Sent.Select(t => new Frame(t)).Last(f => f.Action == "StartTransaction");
            Assert.Equal(meterStop, start.Payload.GetProperty("meterStart").GetInt64());
            Assert.Contains(rebooted.Log.Lines, l => l.Contains("register continues from " + meterStop));
        }

        [Fact]
        public void A_torn_last_record_is_ignored_and_the_journal_is_rewritten_without_it()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            rig.StartRemotely("TAG-A", 9);
            byte[] whole = rig.Flash.Peek(JournalFile.Name);
            rig.Flash.Put(JournalFile.Name, whole.Concat(new byte[] { JournalRecord.Stopped, 40, 1, 0, 0 }).ToArray());

            JournaledSession.LosePower(rig);
            ChargerRig rebooted = rig.Reboot();
            Assert.Contains(rebooted.Log.Lines, l => l.StartsWith("Info journal: ignoring a torn last record"));
            Assert.DoesNotContain(rebooted.Log.Lines, l => l.StartsWith("Error"));
            Frame boot = rebooted.ExpectCall("BootNotification");
            rebooted.Reply(boot, rebooted.BootResponse("Accepted", 300));
            rebooted.ExpectStop(9, "PowerLoss");
        }

        [Fact]
        public void A_corrupt_journal_is_logged_and_the_charger_boots_with_its_other_documents_intact()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "90"));
            rig.StartCharging("TAG-A", 5);
            byte[] config = rig.Flash.Peek("config.dat");
            byte[] journal = rig.Flash.Peek(JournalFile.Name);
            journal[3] ^= 0xFF;
            rig.Flash.Put(JournalFile.Name, journal);

            JournaledSession.LosePower(rig);
            ChargerRig rebooted = rig.Reboot();
            Assert.Contains(rebooted.Log.Lines, l => l.StartsWith("Error journal: " + JournalFile.Name + " is unreadable"));
            rebooted.BootAndReadStatuses();
            Assert.Equal(90, rebooted.Charger.Configuration.Find("ConnectionTimeOut").IntValue);
            Assert.Equal(config, rebooted.Flash.Peek("config.dat"));
            Assert.Equal(0, rebooted.Charger.Charging.Journal.Count);

            rebooted.Evse.Unplug();
            rebooted.Run(2000);
            rebooted.AnswerStatusNotifications();
            rebooted.StartCharging("TAG-B", 6);
        }

        [Fact]
        public void A_journal_full_of_undelivered_transactions_gives_none_up_refuses_the_next_and_stays_within_its_flash_budget()
        {
            SimulatedFlash flash = new SimulatedFlash();
            VirtualClock clock = new VirtualClock(ChargerRig.Start);
            RecordingLog log = new RecordingLog();
            TransactionJournal journal = new TransactionJournal(flash, 1, new ClockTrust(clock, log), log);
            string longestTag = new string('\u20AC', 20);
            int largest = 0;
            for (int i = 0; journal.HasRoomForTransaction; i++)
            {
                Transaction transaction = new Transaction(1, longestTag, 1000L * i, clock.UtcNow);
                journal.Started(transaction, null);
                clock.Advance(3600000);
                transaction.StopIdTag = longestTag;
                transaction.StopReason = StopReason.EVDisconnected;
                journal.Stopped(transaction, 1000L * i + 999, clock.UtcNow, clock.MonotonicMs, null);
                largest = Math.Max(largest, Math.Max(flash.Peek(JournalFile.Name).Length, (flash.Peek(JournalFile.NextName) ?? new byte[0]).Length));
            }

            Assert.Equal(TransactionJournal.MaxTransactions, journal.Count);
            Assert.DoesNotContain(log.Lines, l => l.StartsWith("Error"));
            Assert.True(largest <= StorageReserves.TransactionJournalBytes, largest + " B");
            TransactionJournal reread = new TransactionJournal(flash, 1, new ClockTrust(clock, new RecordingLog()), new RecordingLog());
            Assert.Equal(TransactionJournal.MaxTransactions, reread.Count);
            Assert.False(reread.HasRoomForTransaction);
            _output.WriteLine(TransactionJournal.MaxTransactions + " undelivered transactions with 60-byte idTags: journal at most " + largest
                + " B of the " + StorageReserves.TransactionJournalBytes + " B reserved");
        }
    }
}
