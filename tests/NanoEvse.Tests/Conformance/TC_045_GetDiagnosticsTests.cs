using System.Text;
using NanoEvse.Tests.FirmwareManagement;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_045_1: GetDiagnostics → the answer names the file; DiagnosticsStatusNotification Uploading, then Uploaded.
    /// TC_045_2: an upload that fails (retries 0) → Uploading, then UploadFailed.
    /// </summary>
    public class TC_045_GetDiagnosticsTests
    {
        private const string Location = "ftp://user:secret@csms.test/diagnostics/";

        [Fact]
        public void TC_045_1_the_file_is_uploaded_and_reported_Uploaded()
        {
            FirmwareRig fw = FirmwareRig.Start();

            Frame answer = fw.Rig.GetDiagnostics(Location);
            string fileName = answer.Payload.GetProperty("fileName").GetString();
            Assert.Matches(@"^diagnostics-\d{8}T\d{6}Z\.txt$", fileName);
            fw.Rig.ExpectDiagnosticsStatus("Uploading");
            fw.Rig.ExpectDiagnosticsStatus("Uploaded");

            (string url, string name, byte[] content) = Assert.Single(fw.Transfers.Uploads);
            Assert.Equal(Location, url);
            Assert.Equal(fileName, name);
            string report = Encoding.UTF8.GetString(content);
            Assert.Contains("nanoEVSE diagnostics of CP001", report);
            Assert.Contains("firmware 1.0.0", report);
            Assert.Contains("HeartbeatInterval = 300", report);
            Assert.DoesNotContain("AuthorizationKey", report);
        }

        [Fact]
        public void TC_045_2_a_failed_upload_is_reported_UploadFailed()
        {
            FirmwareRig fw = FirmwareRig.Start();
            fw.Transfers.FailingUploads = int.MaxValue;

            Assert.True(fw.Rig.GetDiagnostics(Location, retries: 0).Payload.TryGetProperty("fileName", out _));
            fw.Rig.ExpectDiagnosticsStatus("Uploading");
            fw.Rig.ExpectDiagnosticsStatus("UploadFailed");
            Assert.Empty(fw.Transfers.Uploads);
            fw.Rig.ExpectSilence(120_000);
        }
    }
}
