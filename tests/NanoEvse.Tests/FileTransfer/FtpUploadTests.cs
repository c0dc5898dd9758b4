using NanoEvse.FileTransfer;
using Xunit;
using static NanoEvse.Tests.FileTransfer.TransferPolling;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>Diagnostics uploads with STOR.</summary>
    public class FtpUploadTests
    {
        [Fact]
        public void A_url_naming_a_directory_stores_the_file_under_its_own_name()
        {
            using TestFtpServer server = new TestFtpServer();
            byte[] content = RandomBytes(3000, 10);

            IUpload upload = Client().StartUpload(server.Url("/diagnostics/"), "CP001-diag.log", content, content.Length);

            WaitFor(upload);
            Assert.Equal(TransferState.Done, upload.State);
            Assert.Equal("", upload.Error);
            Assert.Equal(content, server.Files["diagnostics/CP001-diag.log"]);
        }

        [Fact]
        public void A_url_naming_a_file_stores_exactly_there_and_only_count_bytes_are_sent()
        {
            using TestFtpServer server = new TestFtpServer();
            byte[] content = RandomBytes(100, 11);

            IUpload upload = Client().StartUpload(server.Url("/in/upload.bin"), "ignored.log", content, 60);

            WaitFor(upload);
            Assert.Equal(TransferState.Done, upload.State);
            Assert.Equal(content[..60], server.Files["in/upload.bin"]);
        }

        [Fact]
        public void The_caller_may_reuse_its_buffer_at_once()
        {
            using TestFtpServer server = new TestFtpServer();
            byte[] content = { 1, 2, 3, 4 };

            IUpload upload = Client().StartUpload(server.Url("/a.bin"), "a.bin", content, content.Length);
            content[0] = 99;

            WaitFor(upload);
            Assert.Equal(new byte[] { 1, 2, 3, 4 }, server.Files["a.bin"]);
        }

        [Fact]
        public void An_empty_file_is_stored_empty()
        {
            using TestFtpServer server = new TestFtpServer();

            IUpload upload = Client().StartUpload(server.Url("/empty.log"), "empty.log", new byte[0], 0);

            WaitFor(upload);
            Assert.Equal(TransferState.Done, upload.State);
            Assert.Empty(server.Files["empty.log"]);
        }

        [Fact]
        public void A_refused_STOR_fails_with_the_servers_reply()
        {
            using TestFtpServer server = new TestFtpServer { ReadOnly = true };

            IUpload upload = Client().StartUpload(server.Url("/diag/"), "d.log", new byte[] { 1 }, 1);

            WaitFor(upload);
            Assert.Equal(TransferState.Failed, upload.State);
            Assert.Equal("ftp: 553 Could not create file.", upload.Error);
        }

        [Fact]
        public void A_directory_url_needs_a_plain_file_name()
        {
            IUpload upload = Client().StartUpload("ftp://127.0.0.1/diag/", "../etc/passwd", new byte[] { 1 }, 1);

            Assert.Equal(TransferState.Failed, upload.State);
            Assert.Equal("bad file name for the upload", upload.Error);
        }
    }
}
