using System.IO;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using NanoEvse.Tests.Project;
using Xunit;
using static NanoEvse.Tests.Emulator.EmulatorHarness;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>
    /// Firmware Management in the emulator: the embedded CSMS publishes a package over HTTP, the charger installs it,
    /// restarts into it and reports the new version; a broken package leaves the running version; diagnostics upload.
    /// </summary>
    public sealed class FirmwareUpdateEmulatorTests
    {
        private static string Example => Path.Combine(RepoPaths.Root, "tools", "NanoEvse.Emulator", "examples", "firmware-update.txt");

        [Fact]
        public void The_example_installs_2_0_0_refuses_a_broken_3_0_0_and_uploads_diagnostics()
        {
            (int exit, string text) = Run("--script", Example, "--speed", "20");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("firmware " + EmulatedCharger.BuiltInVersion + " (built in)", text);
            Assert.Contains("\"firmwareVersion\":\"2.0.0\"", text);
            Assert.Contains("\"FirmwareStatusNotification\",{\"status\":\"Installed\"}", text);
            Assert.Contains("firmware: InstallationFailed: package refused: NanoEvse.ChargePoint.pe: SHA-256 mismatch", text);
            int afterBroken = text.LastIndexOf("InstallationFailed");
            Assert.Contains("firmware 2.0.0 (slot A)", text.Substring(afterBroken));
            Assert.Matches(@"the CSMS received diagnostics-\d{8}T\d{6}Z\.txt \(\d+ B\)", text);
        }

        [Fact]
        public void The_installed_version_survives_a_restart_of_the_emulator_on_the_same_data_dir()
        {
            string dir = Directory.CreateTempSubdirectory("nanoevse-fw-").FullName;
            try
            {
                string script = Path.Combine(dir, "update.txt");
                File.WriteAllLines(script, new[] { "wait online", "update-firmware 2.1.0", "wait firmware Installed" });
                (int exit, string text) = Run("--data-dir", Path.Combine(dir, "flash"), "--script", script, "--speed", "20");
                Assert.True(exit == EmulatorApp.ExitOk, text);

                File.WriteAllLines(script, new[] { "wait online", "status" });
                (exit, text) = Run("--data-dir", Path.Combine(dir, "flash"), "--script", script, "--speed", "20");
                Assert.True(exit == EmulatorApp.ExitOk, text);
                Assert.Contains("\"firmwareVersion\":\"2.1.0\"", text);
                Assert.Contains("firmware 2.1.0 (slot A)", text);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [Fact]
        public async Task A_version_or_file_needs_the_embedded_CSMS_to_publish_it()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            string script = Path.Combine(Path.GetTempPath(), "nanoevse-fw-" + System.Guid.NewGuid().ToString("N") + ".txt");
            File.WriteAllLines(script, new[] { "update-firmware 2.0.0" });
            try
            {
                (int exit, string text) = Run("--csms", csms.Url("CP-FW"), "--script", script);

                Assert.Equal(EmulatorRun.ExitFailed, exit);
                Assert.Contains("update-firmware of a version or file needs the embedded CSMS (run without --csms), or give a URL", text);
            }
            finally
            {
                File.Delete(script);
            }
        }
    }
}
