using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using NanoEvse.UpdatePackage;
using Xunit;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>UpdateFirmware as a CSMS and a charger owner see it beyond the OCTT cases: timing, retries, refusals, rollback.</summary>
    public class FirmwareUpdateRulesTests
    {
        private const string Location = "http://csms.test/firmware/update.nevpkg";

        [Theory]
        [InlineData("product-a", "UpdateFirmware", "{\"location\":\"ftp://x/fw\",\"retrieveDate\":\"2026-11-21T09:00:00Z\"}")]
        [InlineData("product-b", "UpdateFirmware", "{\"location\":\"ftp://x/fw\",\"retrieveDate\":\"2026-11-21T09:00:00Z\"}")]
        [InlineData("product-a", "GetDiagnostics", "{\"location\":\"ftp://x/\"}")]
        [InlineData("product-b", "GetDiagnostics", "{\"location\":\"ftp://x/\"}")]
        public void Certified_products_without_Firmware_Management_answer_NotSupported(string profile, string action, string payload)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Frame answer = rig.CallCharger(action, payload);

            Assert.Equal(4, answer.Type);
            Assert.Equal("NotSupported", answer.ErrorCode);
            Assert.Null(rig.Charger.Configuration.Find("SupportedFileTransferProtocols"));
        }

        [Fact]
        public void The_default_profile_offers_Firmware_Management_and_names_its_protocols()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Contains("FirmwareManagement", rig.Charger.Configuration.Find("SupportedFeatureProfiles").Value.Split(','));
            Assert.Equal("FTP,HTTP,HTTPS", rig.Charger.Configuration.Find("SupportedFileTransferProtocols").Value);
        }

        [Fact]
        public void Nothing_is_fetched_before_retrieveDate()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow.AddMinutes(10));
            fw.Rig.Run(9 * 60_000 + 50_000, 1000);
            Assert.Empty(fw.Transfers.Downloads);

            fw.Rig.ExpectFirmwareStatus("Downloading", 20_000);
            Assert.Single(fw.Transfers.Downloads);
        }

        [Fact]
        public void A_failed_transfer_is_retried_retryInterval_apart_and_then_succeeds()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            fw.Transfers.FailNext(Location, 2);

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow, retries: 2, retryInterval: 30);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.Run(29_000, 1000);
            Assert.Single(fw.Transfers.Downloads);
            fw.Rig.Run(2_000, 1000);
            Assert.Equal(2, fw.Transfers.Downloads.Count);

            fw.Rig.ExpectFirmwareStatus("Downloaded");
            Assert.Equal(3, fw.Transfers.Downloads.Count);
            fw.Rig.ExpectFirmwareStatus("Installing");
        }

        [Fact]
        public void When_every_attempt_fails_DownloadFailed_comes_after_retries_plus_one_attempts()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            fw.Transfers.FailNext(Location, 3);

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow, retries: 2, retryInterval: 10);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("DownloadFailed");

            Assert.Equal(3, fw.Transfers.Downloads.Count);
            Assert.Equal(FirmwareRig.BuiltInVersion, fw.Reboot().Image.Version);
        }

        [Theory]
        [InlineData("gopher://csms.test/fw.bin")]
        [InlineData("ftps://csms.test/fw.bin")]
        [InlineData("not a url")]
        public void A_location_the_charger_cannot_fetch_from_is_DownloadFailed_at_once(string location)
        {
            FirmwareRig fw = FirmwareRig.Start();

            fw.Rig.UpdateFirmware(location, fw.Rig.Clock.UtcNow, retries: 3);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("DownloadFailed", 1_000);
            Assert.Empty(fw.Transfers.Downloads);
        }

        [Fact]
        public void The_install_waits_for_the_running_transaction_to_end()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            fw.Rig.StartCharging("CARD-1", 42);

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.Run(30_000);
            Assert.DoesNotContain(fw.Rig.Unread, f => f.Action == "FirmwareStatusNotification");
            Assert.Empty(fw.Rig.Restarts.Requests);

            Assert.Equal("Accepted", fw.Rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":42}").Payload.GetProperty("status").GetString());
            Frame stop = fw.Rig.Unread.First(f => f.Action == "StopTransaction");
            Assert.Equal("Remote", stop.Payload.GetProperty("reason").GetString());
            AnswerEverything(fw.Rig, untilAction: "FirmwareStatusNotification", out Frame installing);
            Assert.Equal("Installing", installing.Payload.GetProperty("status").GetString());
        }

        [Theory]
        [InlineData("nanoEVSE-DC9", 1, "the package is for nanoEVSE-DC9")]
        [InlineData(TestPackages.Target, 2, "the package needs loader 2")]
        public void A_package_this_charger_cannot_run_is_InstallationFailed(string target, int minLoader, string logged)
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0", target, minLoader));

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("InstallationFailed");

            Assert.Contains(fw.Rig.Log.Lines, line => line.Contains(logged));
            Assert.Empty(fw.Rig.Restarts.Requests);
            Assert.Equal(FirmwareRig.BuiltInVersion, fw.Reboot().Image.Version);
        }

        [Fact]
        public void A_package_larger_than_a_slot_is_refused_before_it_fills_the_flash()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0", files: new[] { ("NanoEvse.ChargePoint.pe", new byte[9000]), ("NanoEvse.App.pe", new byte[2000]) }));
            long before = fw.Rig.Flash.BytesWritten;

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("InstallationFailed");

            Assert.Contains(fw.Rig.Log.Lines, line => line.Contains("the package takes 20480 B of flash, a slot here holds 12288 B"));
            Assert.InRange(fw.Rig.Flash.BytesWritten - before, 0, 2000);
            Assert.DoesNotContain(fw.Rig.Flash.Names, name => name.StartsWith("fwA"));
        }

        [Fact]
        public void A_package_missing_a_file_its_manifest_names_is_InstallationFailed()
        {
            FirmwareRig fw = FirmwareRig.Start();
            byte[] package = TestPackages.Build("2.0.0");
            fw.Transfers.Serve(Location, package.Take(package.Length - 1300).ToArray());

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("InstallationFailed");
            Assert.Equal(FirmwareRig.BuiltInVersion, fw.Reboot().Image.Version);
        }

        [Fact]
        public void A_slot_damaged_before_the_restart_is_refused_by_the_loader_and_reported()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            InstallUntilRestart(fw);
            byte[] core = fw.Rig.Flash.Peek(SlotFiles.FileOf("A", "NanoEvse.ChargePoint.pe"));
            core[100] ^= 1;
            fw.Rig.Flash.Put(SlotFiles.FileOf("A", "NanoEvse.ChargePoint.pe"), core);

            FirmwareRig next = fw.Reboot();
            Assert.Null(next.Image.Slot);
            next.Rig.BootAccepted();
            next.Rig.ExpectFirmwareStatus("InstallationFailed");
        }

        [Fact]
        public void A_slot_never_confirmed_is_given_up_after_three_boots()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            InstallUntilRestart(fw);

            // The new firmware boots but never gets its boot accepted: the CSMS (or the firmware) is broken.
            for (int boot = 1; boot <= SlotTable.MaxTrialBoots; boot++)
            {
                fw = fw.Reboot();
                Assert.Equal("2.0.0", fw.Image.Version);
                fw.Rig.Run(5_000);
            }

            FirmwareRig reverted = fw.Reboot();
            Assert.Equal(FirmwareRig.BuiltInVersion, reverted.Image.Version);
            reverted.Rig.BootAccepted();
            reverted.Rig.ExpectFirmwareStatus("InstallationFailed");
            Assert.Equal(FirmwareRig.BuiltInVersion, reverted.Reboot().Image.Version);
        }

        [Fact]
        public void A_second_update_installs_into_the_other_slot_and_the_first_stays_as_fallback()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            fw = InstallAndConfirm(fw);
            Assert.Equal("A", fw.Image.Slot);

            const string next = "http://csms.test/firmware/update-3.nevpkg";
            fw.Transfers.Serve(next, TestPackages.Build("3.0.0"));
            fw.Rig.UpdateFirmware(next, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("Installing");
            fw.Rig.Run(2_000);
            fw = fw.Reboot();

            Assert.Equal("B", fw.Image.Slot);
            Assert.Equal("3.0.0", fw.Image.Version);
            Assert.NotNull(fw.Rig.Flash.Peek(SlotFiles.ManifestOf("A")));
        }

        [Fact]
        public void A_new_UpdateFirmware_replaces_one_still_scheduled()
        {
            FirmwareRig fw = FirmwareRig.Start();
            const string other = "http://csms.test/firmware/other.nevpkg";
            fw.Transfers.Serve(other, TestPackages.Build("2.1.0"));

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow.AddHours(1));
            fw.Rig.UpdateFirmware(other, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");

            Assert.Equal(new[] { other }, fw.Transfers.Downloads);
        }

        [Fact]
        public void A_triggered_FirmwareStatusNotification_tells_where_the_update_stands()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));
            fw.Rig.StartCharging("CARD-1", 7);
            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");

            Assert.Equal("Accepted", fw.Rig.Trigger("FirmwareStatusNotification"));
            fw.Rig.ExpectFirmwareStatus("Downloaded");
        }

        [Theory]
        [InlineData("{\"retrieveDate\":\"2026-11-21T09:00:00Z\"}", "OccurenceConstraintViolation")]
        [InlineData("{\"location\":\"http://x/y\"}", "OccurenceConstraintViolation")]
        [InlineData("{\"location\":\"http://x/y\",\"retrieveDate\":\"tomorrow\"}", "PropertyConstraintViolation")]
        [InlineData("{\"location\":\"http://x/y\",\"retrieveDate\":\"2026-11-21T09:00:00Z\",\"retries\":-1}", "PropertyConstraintViolation")]
        [InlineData("{\"location\":7,\"retrieveDate\":\"2026-11-21T09:00:00Z\"}", "TypeConstraintViolation")]
        public void A_malformed_UpdateFirmware_gets_a_CALLERROR_and_schedules_nothing(string payload, string errorCode)
        {
            FirmwareRig fw = FirmwareRig.Start();

            Frame answer = fw.Rig.CallCharger("UpdateFirmware", payload);

            Assert.Equal(4, answer.Type);
            Assert.Equal(errorCode, answer.Root[2].GetString());
            fw.Rig.ExpectSilence(10_000);
        }

        [Fact]
        public void A_power_cut_at_any_flash_write_of_an_update_ends_in_the_new_version_or_the_old_one_never_a_mix()
        {
            byte[] package = TestPackages.Build("2.0.0");
            int writes = CountFlashOperations(package);
            for (int cut = 0; cut < writes; cut++)
            {
                FirmwareRig fw = FirmwareRig.Start();
                fw.Transfers.Serve(Location, package);
                fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
                fw.Rig.Flash.ResetCounters();
                fw.Rig.Flash.CutAt = cut;
                List<string> statuses = new List<string>();
                for (int boot = 0; boot < 8 && !statuses.Contains("Installed") && !statuses.Contains("InstallationFailed") && !statuses.Contains("DownloadFailed"); boot++)
                {
                    Pump(fw.Rig, statuses, 60_000);
                    fw = fw.Reboot();
                    Assert.True(fw.Image.Slot == null || fw.Image.Slot == "A", "cut " + cut + ": ran slot " + fw.Image.Slot);
                    Assert.Contains(fw.Image.Version, new[] { FirmwareRig.BuiltInVersion, "2.0.0" });
                }

                Assert.True(statuses.Contains("Installed"), "cut at operation " + cut + " of " + writes + " ended with " + string.Join(",", statuses));
                Assert.Equal("2.0.0", fw.Reboot().Image.Version);
            }
        }

        /// <summary>Downloads and installs, answering everything; the charger has asked to restart into slot A.</summary>
        private static void InstallUntilRestart(FirmwareRig fw)
        {
            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("Installing");
            fw.Rig.Run(2_000);
            Assert.NotEmpty(fw.Rig.Restarts.Requests);
        }

        private static FirmwareRig InstallAndConfirm(FirmwareRig fw)
        {
            InstallUntilRestart(fw);
            FirmwareRig next = fw.Reboot();
            next.Rig.BootAccepted();
            next.Rig.ExpectFirmwareStatus("Installed");
            return next;
        }

        /// <summary>The mutating flash operations of a whole update without faults, from UpdateFirmware to Installed.</summary>
        private static int CountFlashOperations(byte[] package)
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, package);
            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.Flash.ResetCounters();
            List<string> statuses = new List<string>();
            Pump(fw.Rig, statuses, 60_000);
            int operations = fw.Rig.Flash.Operations;
            fw = fw.Reboot();
            Pump(fw.Rig, statuses, 60_000);
            Assert.Contains("Installed", statuses);
            return operations + fw.Rig.Flash.Operations;
        }

        /// <summary>Plays the CSMS for <paramref name="ms"/>: accepts the boot, answers every CALL, notes each firmware status.</summary>
        private static void Pump(ChargerRig rig, List<string> statuses, long ms)
        {
            long end = rig.Now + ms;
            while (rig.Now < end && rig.Restarts.Requests.Count == 0)
            {
                rig.Run(100);
                if (rig.Flash.PoweredOff)
                {
                    // A charger without power sends nothing: what the simulation did after the cut never happened.
                    return;
                }

                foreach (Frame call in rig.Unread.Where(f => f.Type == 2).ToList())
                {
                    AnswerOne(rig, call, statuses);
                }
            }
        }

        private static void AnswerEverything(ChargerRig rig, string untilAction, out Frame found)
        {
            for (int i = 0; i < 200; i++)
            {
                rig.Run(500);
                foreach (Frame call in rig.Unread.Where(f => f.Type == 2).ToList())
                {
                    AnswerOne(rig, call, null);
                    if (call.Action == untilAction)
                    {
                        found = call;
                        return;
                    }
                }
            }

            found = null;
            Assert.Fail("no " + untilAction);
        }

        private static void AnswerOne(ChargerRig rig, Frame call, List<string> statuses)
        {
            rig.TakeCall(call);
            switch (call.Action)
            {
                case "BootNotification":
                    rig.Reply(call, rig.BootResponse("Accepted", 300));
                    break;
                case "Heartbeat":
                    rig.Reply(call, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
                    break;
                case "StopTransaction":
                    rig.Reply(call, "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
                    break;
                case "FirmwareStatusNotification":
                    statuses?.Add(call.Payload.GetProperty("status").GetString());
                    rig.Reply(call, "{}");
                    break;
                default:
                    rig.Reply(call, "{}");
                    break;
            }
        }
    }
}
