using System;
using System.IO;
using System.Threading;
using NanoEvse.FileTransfer;
using NanoEvse.Tests.Support;
using Xunit;
using static NanoEvse.Tests.FileTransfer.TransferPolling;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>The worker thread's manners: bounded memory, prompt aborts, timeouts, and no pile of stuck threads.</summary>
    public class TransferWorkerTests
    {
        [Theory]
        [InlineData("ftp")]
        [InlineData("http")]
        public void A_slow_reader_never_lets_the_worker_hold_more_than_the_buffer(string scheme)
        {
            byte[] file = RandomBytes(100 * 1024, 40);
            using TestFtpServer ftp = new TestFtpServer();
            ftp.Files["image.bin"] = file;
            using TestHttpServer http = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, file));
            IDownload download = Client().StartDownload(scheme == "ftp" ? ftp.Url("/image.bin") : http.Url("/image.bin"));

            MemoryStream taken = new MemoryStream();
            byte[] sip = new byte[300];
            while (taken.Length < file.Length)
            {
                long expected = Math.Min(file.Length, taken.Length + FileTransfers.BufferBytes);
                // The worker fills the buffer up to the bound, and only up to it.
                WaitUntil(() => download.Received >= expected, "the buffer to fill");
                Assert.Equal(expected, download.Received);
                int n = download.Take(sip, 0, sip.Length);
                Assert.True(n > 0);
                taken.Write(sip, 0, n);
                Assert.True(download.Received - taken.Length <= FileTransfers.BufferBytes);
            }

            Assert.Equal(file, taken.ToArray());
            WaitUntil(() => download.State != TransferState.Running, "the end");
            Assert.Equal(TransferState.Done, download.State);
        }

        [Fact]
        public void Done_comes_only_once_the_last_byte_is_taken()
        {
            using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, new byte[] { 1, 2, 3 }));
            FileTransfers transfers = Client();
            IDownload download = transfers.StartDownload(server.Url("/image.bin"));
            WaitUntil(() => transfers.RunningWorkers == 0, "the worker to finish");

            Assert.Equal(TransferState.Running, download.State);
            byte[] two = new byte[2];
            Assert.Equal(2, download.Take(two, 0, 2));
            Assert.Equal(TransferState.Running, download.State);
            Assert.Equal(1, download.Take(two, 0, 2));
            Assert.Equal(TransferState.Done, download.State);
            Assert.Equal(0, download.Take(two, 0, 2));
        }

        [Theory]
        [InlineData("ftp")]
        [InlineData("http")]
        public void Abort_during_a_transfer_fails_it_at_once_and_the_worker_returns(string scheme)
        {
            byte[] file = RandomBytes(1024 * 1024, 41);
            using TestFtpServer ftp = new TestFtpServer();
            ftp.Files["image.bin"] = file;
            using TestHttpServer http = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, file));
            FileTransfers transfers = Client();
            IDownload download = transfers.StartDownload(scheme == "ftp" ? ftp.Url("/image.bin") : http.Url("/image.bin"));
            WaitUntil(() => download.Received == FileTransfers.BufferBytes, "the buffer to fill");

            download.Abort();

            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("aborted", download.Error);
            Assert.Equal(0, download.Take(new byte[10], 0, 10));
            WaitUntil(() => transfers.RunningWorkers == 0, "the worker to return");
        }

        [Fact]
        public void Abort_while_the_server_is_silent_closes_the_connection_under_the_worker()
        {
            using TestFtpServer server = new TestFtpServer { Silent = true };
            FileTransfers transfers = Client(60000);
            IDownload download = transfers.StartDownload(server.Url("/image.bin"));
            WaitUntil(() => transfers.RunningWorkers == 1, "the worker to start");

            download.Abort();

            Assert.Equal("aborted", download.Error);
            WaitUntil(() => transfers.RunningWorkers == 0, "the worker to return");
        }

        [Fact]
        public void Abort_after_the_end_changes_nothing()
        {
            using TestFtpServer server = new TestFtpServer();
            server.Files["a.log"] = new byte[0];
            IUpload upload = Client().StartUpload(server.Url("/b.log"), "b.log", new byte[] { 1 }, 1);
            WaitFor(upload);

            upload.Abort();

            Assert.Equal(TransferState.Done, upload.State);
            Assert.Equal("", upload.Error);
        }

        [Fact]
        public void A_connect_that_fails_says_why()
        {
            FileTransfers transfers = new FileTransfers(new StuckNetwork { Failure = "no such host" }, 5000);

            IDownload download = transfers.StartDownload("ftp://nowhere.invalid/image.bin");

            Drain(download);
            Assert.Equal("cannot connect to nowhere.invalid:21: no such host", download.Error);
        }

        [Fact]
        public void A_connect_that_hangs_times_out_though_its_thread_cannot_be_freed()
        {
            StuckNetwork network = new StuckNetwork();
            FileTransfers transfers = new FileTransfers(network, ShortTimeoutMs);

            IDownload download = transfers.StartDownload("http://stuck.example:8080/image.bin");

            Drain(download);
            Assert.Equal("timed out connecting to stuck.example:8080", download.Error);
            Assert.Equal(1, transfers.RunningWorkers);
            network.Release();
            WaitUntil(() => transfers.RunningWorkers == 0, "the stuck worker to return");
            Assert.True(network.ReturnedStream.Closed);
        }

        [Fact]
        public void While_two_workers_are_stuck_a_third_transfer_fails_at_once()
        {
            StuckNetwork network = new StuckNetwork();
            FileTransfers transfers = new FileTransfers(network, 60000);
            IDownload first = transfers.StartDownload("http://a.example/1");
            IUpload second = transfers.StartUpload("ftp://b.example/up/", "d.log", new byte[1], 1);
            first.Abort();
            second.Abort();

            IDownload third = transfers.StartDownload("http://c.example/3");

            Assert.Equal(TransferState.Failed, third.State);
            Assert.Equal("earlier transfers are still running", third.Error);
            network.Release();
            WaitUntil(() => transfers.RunningWorkers == 0, "the stuck workers to return");
            IDownload fourth = transfers.StartDownload("http://c.example/4");
            Drain(fourth);
            Assert.NotEqual("earlier transfers are still running", fourth.Error);
        }

        /// <summary>
        /// nanoCLR walks a string's UTF-8 from the start on every s[i], so the protocol parsers read byte buffers and
        /// the URL a char[] only.
        /// </summary>
        [Fact]
        public void The_clients_never_index_a_string()
        {
            Assert.Empty(StringIndexerCalls.In(typeof(FileTransfers).Assembly));
        }

        /// <summary>A network whose Connect blocks until released (DNS on the device), or fails at once.</summary>
        private sealed class StuckNetwork : INetworkStreams
        {
            private readonly ManualResetEventSlim _release = new ManualResetEventSlim(false);

            public string Failure { get; init; }

            public ClosableStream ReturnedStream { get; private set; }

            public void Release() => _release.Set();

            public Stream Connect(string host, int port, bool tls, int timeoutMs)
            {
                if (Failure != null)
                {
                    throw new IOException(Failure);
                }

                _release.Wait();
                ReturnedStream = new ClosableStream();
                return ReturnedStream;
            }
        }

        /// <summary>An empty connection that remembers being closed.</summary>
        private sealed class ClosableStream : MemoryStream
        {
            public bool Closed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Closed = true;
                base.Dispose(disposing);
            }
        }
    }
}
