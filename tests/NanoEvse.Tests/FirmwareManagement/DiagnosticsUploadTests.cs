using System.Text;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>GetDiagnostics beyond the OCTT cases: retries, the time window, a triggered status, bad requests.</summary>
    public class DiagnosticsUploadTests
    {
        private const string Location = "http://csms.test/upload/";

        [Fact]
        public void A_failed_upload_is_retried_retryInterval_apart()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.FailingUploads = 1;

            fw.Rig.GetDiagnostics(Location, retries: 1, retryInterval: 45);
            fw.Rig.ExpectDiagnosticsStatus("Uploading");
            fw.Rig.Run(44_000, 1000);
            Assert.Empty(fw.Transfers.Uploads);
            fw.Rig.ExpectDiagnosticsStatus("Uploaded", 5_000);
            Assert.Single(fw.Transfers.Uploads);
        }

        [Fact]
        public void The_report_holds_the_kept_log_lines_between_startTime_and_stopTime()
        {
            FirmwareRig fw = FirmwareRig.Start();
            string[] lines =
            {
                "2026-11-21T08:00:00.000Z info link: too early",
                "2026-11-21T08:30:00.000Z warn meter: inside the window",
                "2026-11-21T09:30:00.000Z info link: too late",
            };
            fw.Rig.Flash.Put(FlashLog.CurrentFile, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

            fw.Rig.GetDiagnostics(Location, extra: ",\"startTime\":\"2026-11-21T08:15:00Z\",\"stopTime\":\"2026-11-21T09:00:00Z\"");
            fw.Rig.ExpectDiagnosticsStatus("Uploading");
            fw.Rig.ExpectDiagnosticsStatus("Uploaded");

            string report = Encoding.UTF8.GetString(Assert.Single(fw.Transfers.Uploads).Content);
            Assert.Contains("inside the window", report);
            Assert.DoesNotContain("too early", report);
            Assert.DoesNotContain("too late", report);
        }

        [Fact]
        public void A_triggered_DiagnosticsStatusNotification_is_Idle_when_no_upload_runs()
        {
            FirmwareRig fw = FirmwareRig.Start();

            Assert.Equal("Accepted", fw.Rig.Trigger("DiagnosticsStatusNotification"));
            fw.Rig.ExpectDiagnosticsStatus("Idle");
        }

        [Theory]
        [InlineData("{}", "OccurenceConstraintViolation")]
        [InlineData("{\"location\":\"http://x/\",\"startTime\":\"yesterday\"}", "PropertyConstraintViolation")]
        [InlineData("{\"location\":\"http://x/\",\"retryInterval\":-5}", "PropertyConstraintViolation")]
        public void A_malformed_GetDiagnostics_gets_a_CALLERROR(string payload, string errorCode)
        {
            FirmwareRig fw = FirmwareRig.Start();

            Frame answer = fw.Rig.CallCharger("GetDiagnostics", payload);

            Assert.Equal(4, answer.Type);
            Assert.Equal(errorCode, answer.Root[2].GetString());
            fw.Rig.ExpectSilence(10_000);
            Assert.Empty(fw.Transfers.Uploads);
        }
    }
}
