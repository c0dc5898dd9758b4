using System.Linq;
using NanoEvse.FileTransfer;
using Xunit;
using static NanoEvse.Tests.FileTransfer.TransferPolling;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>Firmware downloads over FTP in passive mode, as OCTT serves them, and every way one fails.</summary>
    public class FtpDownloadTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(100 * 1024)]
        public void A_file_arrives_whole_and_the_download_is_done_once_every_byte_is_taken(int size)
        {
            using TestFtpServer server = new TestFtpServer();
            byte[] file = RandomBytes(size, size);
            server.Files["fw/image.bin"] = file;

            IDownload download = Client().StartDownload(server.Url("/fw/image.bin"));

            Assert.Equal(file, Drain(download));
            Assert.Equal(TransferState.Done, download.State);
            Assert.Equal("", download.Error);
            Assert.Equal(size, download.Received);
        }

        [Fact]
        public void It_logs_in_anonymously_asks_for_binary_and_passive_mode_and_names_the_path_relative_to_the_login_directory()
        {
            using TestFtpServer server = new TestFtpServer();
            server.Files["fw/image.bin"] = new byte[] { 1, 2, 3 };

            Drain(Client().StartDownload(server.Url("/fw/image.bin")));

            WaitUntil(() => server.Commands.Contains("QUIT"), "the goodbye");
            Assert.Equal(
                new[] { "USER anonymous", "PASS nanoevse@", "TYPE I", "SIZE fw/image.bin", "PASV", "RETR fw/image.bin", "QUIT" },
                server.Commands.ToArray());
        }

        [Fact]
        public void The_user_and_password_of_the_url_are_used_percent_decoded()
        {
            using TestFtpServer server = new TestFtpServer { User = "cp@site", Password = "p:ss word" };
            server.Files["image.bin"] = new byte[] { 7 };

            IDownload download = Client().StartDownload("ftp://cp%40site:p%3Ass%20word@127.0.0.1:" + server.Port + "/image.bin");

            Assert.Equal(new byte[] { 7 }, Drain(download));
            Assert.Equal(TransferState.Done, download.State);
        }

        [Fact]
        public void A_path_starting_with_an_encoded_slash_is_absolute()
        {
            using TestFtpServer server = new TestFtpServer();
            server.Files["/srv/image.bin"] = new byte[] { 9 };

            Assert.Equal(new byte[] { 9 }, Drain(Client().StartDownload(server.Url("/%2Fsrv/image.bin;type=i"))));
        }

        [Fact]
        public void The_data_connection_goes_to_the_control_host_whatever_address_the_PASV_reply_announces()
        {
            using TestFtpServer server = new TestFtpServer { PasvAddress = "192,0,2,1" };
            byte[] file = RandomBytes(5000, 1);
            server.Files["image.bin"] = file;

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Assert.Equal(file, Drain(download));
            Assert.Equal(TransferState.Done, download.State);
        }

        [Fact]
        public void A_server_that_refuses_PASV_is_asked_for_EPSV()
        {
            using TestFtpServer server = new TestFtpServer { NoPasv = true };
            byte[] file = RandomBytes(3000, 2);
            server.Files["image.bin"] = file;

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Assert.Equal(file, Drain(download));
            Assert.Contains("EPSV", server.Commands);
        }

        [Fact]
        public void A_refused_login_fails_with_the_servers_reply()
        {
            using TestFtpServer server = new TestFtpServer { RefuseLogin = true };
            server.Files["image.bin"] = new byte[] { 1 };

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Assert.Empty(Drain(download));
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("ftp: 530 Login incorrect.", download.Error);
        }

        [Fact]
        public void A_missing_file_fails_with_the_first_line_of_the_multi_line_550()
        {
            using TestFtpServer server = new TestFtpServer();

            IDownload download = Client().StartDownload(server.Url("/nothing.bin"));

            Drain(download);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("ftp: 550 file not found", download.Error);
        }

        [Fact]
        public void A_data_connection_cut_short_fails_with_how_much_of_the_size_arrived()
        {
            using TestFtpServer server = new TestFtpServer { DropDataAfter = 1200 };
            server.Files["image.bin"] = RandomBytes(5000, 3);

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(1200, download.Received);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("connection closed after 1200 of 5000 bytes", download.Error);
        }

        [Fact]
        public void Without_SIZE_a_cut_transfer_fails_with_the_servers_426()
        {
            using TestFtpServer server = new TestFtpServer { DropDataAfter = 1200, NoSize = true };
            server.Files["image.bin"] = RandomBytes(5000, 4);

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("ftp: 426 Connection closed; transfer aborted.", download.Error);
        }

        [Fact]
        public void Every_byte_without_the_226_is_no_download_it_times_out_waiting_for_the_reply()
        {
            using TestFtpServer server = new TestFtpServer { Never226 = true, NoSize = true };
            server.Files["image.bin"] = RandomBytes(5000, 5);

            IDownload download = Client(ShortTimeoutMs).StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(5000, download.Received);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("timed out waiting for the FTP reply after 5000 bytes", download.Error);
        }

        [Fact]
        public void A_silent_server_times_out()
        {
            using TestFtpServer server = new TestFtpServer { Silent = true };
            FileTransfers transfers = Client(ShortTimeoutMs);

            IDownload download = transfers.StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal("timed out waiting for the FTP reply", download.Error);
            WaitUntil(() => transfers.RunningWorkers == 0, "the worker to return once its connection was closed");
        }

        [Fact]
        public void A_line_that_is_no_FTP_reply_fails_as_malformed()
        {
            using TestFtpServer server = new TestFtpServer { Garbled = true };

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal("ftp: malformed reply", download.Error);
        }

        [Fact]
        public void A_refused_connection_fails_naming_the_server()
        {
            int port;
            using (TestFtpServer closed = new TestFtpServer())
            {
                port = closed.Port;
            }

            IDownload download = Client().StartDownload("ftp://127.0.0.1:" + port + "/image.bin");

            Drain(download);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.StartsWith("cannot connect to 127.0.0.1:" + port + ": ", download.Error);
        }
    }
}
