using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using NanoEvse.FileTransfer;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.FileTransfer;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>
    /// UpdateFirmware and GetDiagnostics over the real transfers (worker threads, sockets) against an FTP server the test
    /// runs on loopback, as OCTT's tool does. The transfers take real time, so the charger is polled until a real deadline.
    /// </summary>
    public sealed class UpdateOverFtpTests : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
        private readonly TestFtpServer _ftp = new TestFtpServer();

        public void Dispose() => _ftp.Dispose();

        [Fact]
        public void A_package_fetched_over_ftp_installs_and_the_new_version_boots()
        {
            _ftp.Files["fw/nanoevse-2.0.0.nevpkg"] = TestPackages.Build("2.0.0");
            FirmwareRig fw = FirmwareRig.Start(new FileTransfers(new HostNetworkStreams(), 5000));

            fw.Rig.UpdateFirmware(_ftp.Url("/fw/nanoevse-2.0.0.nevpkg"), fw.Rig.Clock.UtcNow, retries: 0);
            Assert.Equal("Downloading", NextFirmwareStatus(fw.Rig));
            Assert.Equal("Downloaded", NextFirmwareStatus(fw.Rig));
            Assert.Equal("Installing", NextFirmwareStatus(fw.Rig));
            fw.Rig.Run(2_000);
            Assert.NotEmpty(fw.Rig.Restarts.Requests);
            Assert.Contains(_ftp.Commands, command => command.StartsWith("RETR ", StringComparison.Ordinal));

            FirmwareRig next = fw.Reboot();
            Assert.Equal("2.0.0", next.Image.Version);
            next.Rig.BootAccepted();
            Assert.Equal("Installed", NextFirmwareStatus(next.Rig));
        }

        [Fact]
        public void A_file_the_ftp_server_does_not_have_ends_in_DownloadFailed()
        {
            FirmwareRig fw = FirmwareRig.Start(new FileTransfers(new HostNetworkStreams(), 5000));

            fw.Rig.UpdateFirmware(_ftp.Url("/fw/missing.nevpkg"), fw.Rig.Clock.UtcNow, retries: 0);

            Assert.Equal("Downloading", NextFirmwareStatus(fw.Rig));
            Assert.Equal("DownloadFailed", NextFirmwareStatus(fw.Rig));
            Assert.Contains(fw.Rig.Log.Lines, line => line.Contains("550"));
        }

        [Fact]
        public void Diagnostics_are_stored_on_the_ftp_server()
        {
            FirmwareRig fw = FirmwareRig.Start(new FileTransfers(new HostNetworkStreams(), 5000));

            string fileName = fw.Rig.GetDiagnostics(_ftp.Url("/diagnostics/")).Payload.GetProperty("fileName").GetString();

            Assert.Equal("Uploading", NextStatus(fw.Rig, "DiagnosticsStatusNotification"));
            Assert.Equal("Uploaded", NextStatus(fw.Rig, "DiagnosticsStatusNotification"));
            Assert.Contains("nanoEVSE diagnostics of CP001", System.Text.Encoding.UTF8.GetString(_ftp.Files["diagnostics/" + fileName]));
        }

        private static string NextFirmwareStatus(ChargerRig rig) => NextStatus(rig, "FirmwareStatusNotification");

        /// <summary>Polls (charger time runs in small steps) until the charger sends <paramref name="action"/>; answers it and any heartbeat meanwhile.</summary>
        private static string NextStatus(ChargerRig rig, string action)
        {
            Stopwatch real = Stopwatch.StartNew();
            while (real.Elapsed < Patience)
            {
                Frame call = rig.Unread.FirstOrDefault(f => f.Action == action);
                if (call != null)
                {
                    rig.TakeCall(call);
                    rig.Reply(call, "{}");
                    return call.Payload.GetProperty("status").GetString();
                }

                Frame heartbeat = rig.Unread.FirstOrDefault(f => f.Action == "Heartbeat");
                if (heartbeat != null)
                {
                    rig.TakeCall(heartbeat);
                    rig.Reply(heartbeat, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
                }

                rig.Run(100, 100);
                Thread.Sleep(2);
            }

            throw new TimeoutException("no " + action + " within " + Patience.TotalSeconds + " s");
        }
    }
}
