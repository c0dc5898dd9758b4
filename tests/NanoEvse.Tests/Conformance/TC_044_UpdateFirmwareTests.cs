using NanoEvse.Tests.FirmwareManagement;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_044_1: UpdateFirmware → Downloading, Downloaded, Installing; the charger boots the new firmware, reports
    /// Available and Installed. TC_044_2: a download that fails (retries 0, an FTP URL) → Downloading, DownloadFailed;
    /// the old firmware stays. TC_044_3: a package that is not valid → Downloading, Downloaded, InstallationFailed;
    /// the old firmware stays.
    /// </summary>
    public class TC_044_UpdateFirmwareTests
    {
        private const string Location = "ftp://csms.test/firmware/nanoevse-2.0.0.nevpkg";

        [Fact]
        public void TC_044_1_the_new_firmware_boots_and_reports_Installed()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.Serve(Location, TestPackages.Build("2.0.0"));

            Assert.Equal("{}", fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow).Payload.GetRawText());
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.Run(5_000);
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("Installing");
            fw.Rig.Run(2_000);
            Assert.True(fw.Rig.Restarts.Requests.Count > 0, "the charger did not restart into the new firmware: " + string.Join("\n", fw.Rig.Log.Lines));

            FirmwareRig next = fw.Reboot();
            Frame boot = next.Rig.ExpectCall("BootNotification");
            Assert.Equal("2.0.0", boot.Payload.GetProperty("firmwareVersion").GetString());
            next.Rig.Reply(boot, next.Rig.BootResponse("Accepted", 300));
            Assert.Contains(next.Rig.AnswerStatusNotifications(), s => s.Payload.GetProperty("status").GetString() == "Available");
            next.Rig.ExpectFirmwareStatus("Installed");
            Assert.Equal("A", next.Image.Slot);

            FirmwareRig third = next.Reboot();
            Assert.Equal("2.0.0", third.Image.Version);
        }

        [Fact]
        public void TC_044_2_a_failed_download_reports_DownloadFailed_and_keeps_the_old_firmware()
        {
            FirmwareRig fw = FirmwareRig.Start();

            fw.Rig.UpdateFirmware("ftp://csms.test/firmware/missing.nevpkg", fw.Rig.Clock.UtcNow, retries: 0);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.ExpectFirmwareStatus("DownloadFailed");
            fw.Rig.ExpectSilence(120_000);

            Assert.Empty(fw.Rig.Restarts.Requests);
            Assert.Equal("Available", fw.Rig.Charger.Connectors[1].Status);
            Assert.Equal(FirmwareRig.BuiltInVersion, fw.Reboot().Image.Version);
        }

        [Fact]
        public void TC_044_3_an_invalid_package_reports_InstallationFailed_and_keeps_the_old_firmware()
        {
            FirmwareRig fw = FirmwareRig.Start();
            byte[] package = TestPackages.Build("2.0.0");
            package[package.Length / 2] ^= 0x40;
            fw.Transfers.Serve(Location, package);

            fw.Rig.UpdateFirmware(Location, fw.Rig.Clock.UtcNow);
            fw.Rig.ExpectFirmwareStatus("Downloading");
            fw.Rig.Run(5_000);
            fw.Rig.ExpectFirmwareStatus("Downloaded");
            fw.Rig.ExpectFirmwareStatus("InstallationFailed");
            fw.Rig.ExpectSilence(60_000);

            Assert.Empty(fw.Rig.Restarts.Requests);
            Assert.Equal("Available", fw.Rig.Charger.Connectors[1].Status);
            FirmwareRig next = fw.Reboot();
            Assert.Equal(FirmwareRig.BuiltInVersion, next.Image.Version);
            Assert.DoesNotContain(next.Rig.Flash.Names, name => name.StartsWith("fwA"));
        }
    }
}
