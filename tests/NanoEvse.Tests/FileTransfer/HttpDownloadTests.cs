using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using NanoEvse.FileTransfer;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Emulator;
using Xunit;
using static NanoEvse.Tests.FileTransfer.TransferPolling;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>Firmware downloads over HTTP and HTTPS: the three ways a body ends, redirects, and the failures.</summary>
    public class HttpDownloadTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(100 * 1024)]
        public void A_body_with_a_Content_Length_arrives_whole(int size)
        {
            byte[] file = RandomBytes(size, size);
            using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, file));

            IDownload download = Client().StartDownload(server.Url("/fw/image.bin"));

            Assert.Equal(file, Drain(download));
            Assert.Equal(TransferState.Done, download.State);
            Assert.Equal(size, download.Received);
        }

        [Theory]
        [InlineData(0, 1000)]
        [InlineData(1, 1000)]
        [InlineData(100 * 1024, 1000)]
        [InlineData(5000, 4096)]
        public void A_chunked_body_arrives_whole_without_its_chunk_framing(int size, int chunkBytes)
        {
            byte[] file = RandomBytes(size, size + 1);
            using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendChunked(response, file, chunkBytes));

            IDownload download = Client().StartDownload(server.Url("/fw/image.bin"));

            Assert.Equal(file, Drain(download));
            Assert.Equal(TransferState.Done, download.State);
        }

        [Fact]
        public void A_body_without_a_length_ends_with_the_connection()
        {
            byte[] file = RandomBytes(7000, 20);
            using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.Send(response, "200 OK", file));

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Assert.Equal(file, Drain(download));
            Assert.Equal(TransferState.Done, download.State);
        }

        [Fact]
        public void The_request_is_a_GET_with_Host_and_Connection_close_and_Basic_auth_from_the_url()
        {
            using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, new byte[] { 1 }));

            Drain(Client().StartDownload("http://cp%201:s3cret@127.0.0.1:" + server.Port + "/fw/image.bin?v=2#part"));

            TestHttpRequest request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/fw/image.bin?v=2", request.Target);
            Assert.Equal("127.0.0.1:" + server.Port, request.Headers["Host"]);
            Assert.Equal("close", request.Headers["Connection"]);
            Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("cp 1:s3cret")), request.Headers["Authorization"]);
        }

        [Fact]
        public void Without_a_user_no_Authorization_is_sent()
        {
            using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, new byte[] { 1 }));

            Drain(Client().StartDownload(server.Url("/image.bin")));

            Assert.False(Assert.Single(server.Requests).Headers.ContainsKey("Authorization"));
        }

        [Theory]
        [InlineData("404 Not Found", "http: 404 Not Found")]
        [InlineData("500 Internal Server Error", "http: 500 Internal Server Error")]
        [InlineData("403", "http: 403")]
        public void An_error_status_fails_with_the_status_and_its_reason(string statusLine, string error)
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, statusLine, Encoding.ASCII.GetBytes("<html>no</html>"), "Content-Length: 15"));

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Assert.Empty(Drain(download));
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal(error, download.Error);
        }

        [Fact]
        public void A_body_cut_short_of_its_Content_Length_fails_with_how_much_arrived()
        {
            byte[] file = RandomBytes(5000, 21);
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, "200 OK", file[..1200], "Content-Length: 5000"));

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(1200, download.Received);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("connection closed after 1200 of 5000 bytes", download.Error);
        }

        [Fact]
        public void A_chunked_body_cut_before_its_last_chunk_fails()
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Raw(response, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nwor"));

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal("connection closed after 8 bytes", download.Error);
        }

        [Theory]
        [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "http: malformed chunk size")]
        [InlineData("ICY 200 OK\r\n\r\n", "http: malformed status line")]
        [InlineData("HTTP/1.1 2xx OK\r\n\r\n", "http: malformed status line")]
        [InlineData("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n", "http: malformed Content-Length")]
        [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", "http: unsupported Transfer-Encoding")]
        [InlineData("HTTP/1.1 200 OK\r\nContent-Le", "http: connection closed in the response header")]
        [InlineData("", "http: connection closed before the response")]
        public void A_malformed_response_fails_clearly(string response, string error)
        {
            using TestHttpServer server = new TestHttpServer((request, stream) => TestHttpServer.Raw(stream, response));

            IDownload download = Client().StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(TransferState.Failed, download.State);
            Assert.Equal(error, download.Error);
        }

        [Fact]
        public void An_interim_100_Continue_is_skipped()
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
            {
                TestHttpServer.Raw(response, "HTTP/1.1 100 Continue\r\n\r\n");
                TestHttpServer.SendFile(response, new byte[] { 5, 6 });
            });

            Assert.Equal(new byte[] { 5, 6 }, Drain(Client().StartDownload(server.Url("/image.bin"))));
        }

        [Fact]
        public void Redirects_are_followed_keeping_the_credentials_on_the_same_server()
        {
            byte[] file = RandomBytes(2000, 22);
            int port = 0;
            using TestHttpServer server = new TestHttpServer((request, response) =>
            {
                switch (request.Target)
                {
                    case "/old":
                        TestHttpServer.Send(response, "301 Moved Permanently", Array.Empty<byte>(), "Location: /older", "Content-Length: 0");
                        break;
                    case "/older":
                        TestHttpServer.Send(response, "307 Temporary Redirect", Array.Empty<byte>(), "location: http://127.0.0.1:" + port + "/new", "Content-Length: 0");
                        break;
                    default:
                        TestHttpServer.SendFile(response, file);
                        break;
                }
            });
            port = server.Port;

            IDownload download = Client().StartDownload("http://u:p@127.0.0.1:" + port + "/old");

            Assert.Equal(file, Drain(download));
            Assert.Equal(new[] { "/old", "/older", "/new" }, server.Requests.Select(r => r.Target).ToArray());
            Assert.All(server.Requests, r => Assert.Equal("Basic dTpw", r.Headers["Authorization"]));
        }

        [Fact]
        public void More_than_three_redirects_fail()
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, "302 Found", Array.Empty<byte>(), "Location: " + request.Target + "x", "Content-Length: 0"));

            IDownload download = Client().StartDownload(server.Url("/a"));

            Drain(download);
            Assert.Equal("http: more than 3 redirects", download.Error);
            Assert.Equal(4, server.Requests.Count);
        }

        [Fact]
        public void A_redirect_without_a_location_or_to_ftp_is_not_followed()
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, "302 Found", Array.Empty<byte>(), request.Target == "/a" ? "Content-Length: 0" : "Location: ftp://127.0.0.1/x"));

            IDownload bare = Client().StartDownload(server.Url("/a"));
            IDownload toFtp = Client().StartDownload(server.Url("/b"));

            Drain(bare);
            Drain(toFtp);
            Assert.Equal("http: 302 Found", bare.Error);
            Assert.Equal("http: cannot follow the redirect to ftp", toFtp.Error);
        }

        [Fact]
        public void A_server_that_never_answers_times_out_and_the_worker_returns()
        {
            using TestHttpServer server = new TestHttpServer((request, response) => request.Stopping.WaitOne());
            FileTransfers transfers = Client(ShortTimeoutMs);

            IDownload download = transfers.StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal("timed out waiting for the HTTP response", download.Error);
            WaitUntil(() => transfers.RunningWorkers == 0, "the worker to return");
        }

        [Fact]
        public void A_body_that_stops_coming_times_out_saying_how_much_arrived()
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
            {
                TestHttpServer.Send(response, "200 OK", new byte[300], "Content-Length: 1000");
                request.Stopping.WaitOne();
            });

            IDownload download = Client(ShortTimeoutMs).StartDownload(server.Url("/image.bin"));

            Drain(download);
            Assert.Equal(300, download.Received);
            Assert.Equal("timed out receiving data after 300 bytes", download.Error);
        }

        [Fact]
        public void Https_downloads_over_TLS_from_a_server_whose_CA_is_trusted()
        {
            string folder = Directory.CreateTempSubdirectory("xfer-tls").FullName;
            try
            {
                using TestCertificates certificates = new TestCertificates(folder);
                using X509Certificate2 certificate = certificates.Server("localhost");
                byte[] file = RandomBytes(20000, 23);
                using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, file), certificate);
                FileTransfers transfers = new FileTransfers(
                    new HostNetworkStreams(new TlsSettings { TrustedCas = new X509Certificate2Collection(certificates.Ca) }), 5000);

                IDownload download = transfers.StartDownload(server.Url("/image.bin"));

                Assert.Equal(file, Drain(download));
                Assert.Equal(TransferState.Done, download.State);
                Assert.Equal("localhost:" + server.Port, Assert.Single(server.Requests).Headers["Host"]);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void Https_refuses_a_certificate_the_system_does_not_trust()
        {
            string folder = Directory.CreateTempSubdirectory("xfer-tls").FullName;
            try
            {
                using TestCertificates certificates = new TestCertificates(folder);
                using X509Certificate2 certificate = certificates.Server("localhost");
                using TestHttpServer server = new TestHttpServer((request, response) => TestHttpServer.SendFile(response, new byte[1]), certificate);

                IDownload download = Client().StartDownload(server.Url("/image.bin"));

                Drain(download);
                Assert.Equal(TransferState.Failed, download.State);
                Assert.Equal(
                    "cannot connect to localhost:" + server.Port + ": TLS: the server certificate (CN=localhost, issued by CN=NanoEvse Test CSMS CA) is not from a trusted CA",
                    download.Error);
                Assert.Empty(server.Requests);
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
