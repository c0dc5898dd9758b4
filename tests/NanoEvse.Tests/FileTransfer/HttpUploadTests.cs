using System;
using System.Linq;
using NanoEvse.FileTransfer;
using Xunit;
using static NanoEvse.Tests.FileTransfer.TransferPolling;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>Diagnostics uploads with PUT.</summary>
    public class HttpUploadTests
    {
        [Theory]
        [InlineData("200 OK")]
        [InlineData("201 Created")]
        [InlineData("204 No Content")]
        public void A_file_is_PUT_as_the_body_and_the_success_statuses_are_accepted(string statusLine)
        {
            byte[] content = RandomBytes(5000, 30);
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, statusLine, Array.Empty<byte>(), "Content-Length: 0"));

            IUpload upload = Client().StartUpload(server.Url("/logs/cp001.log?token=a%2Fb"), "ignored.log", content, content.Length);

            WaitFor(upload);
            Assert.Equal(TransferState.Done, upload.State);
            TestHttpRequest request = Assert.Single(server.Requests);
            Assert.Equal("PUT", request.Method);
            Assert.Equal("/logs/cp001.log?token=a%2Fb", request.Target);
            Assert.Equal("5000", request.Headers["Content-Length"]);
            Assert.Equal(content, request.Body);
        }

        [Fact]
        public void A_url_naming_a_directory_gets_the_escaped_file_name_appended_before_its_query()
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, "201 Created", Array.Empty<byte>(), "Content-Length: 0"));

            IUpload upload = Client().StartUpload(server.Url("/upload/?id=7"), "diag 2024.zip", new byte[] { 1, 2 }, 2);

            WaitFor(upload);
            Assert.Equal(TransferState.Done, upload.State);
            Assert.Equal("/upload/diag%202024.zip?id=7", Assert.Single(server.Requests).Target);
        }

        [Theory]
        [InlineData("403 Forbidden", "http: 403 Forbidden")]
        [InlineData("202 Accepted", "http: 202 Accepted")]
        [InlineData("302 Found", "http: 302 Found")]
        public void Any_other_status_fails_the_upload(string statusLine, string error)
        {
            using TestHttpServer server = new TestHttpServer((request, response) =>
                TestHttpServer.Send(response, statusLine, Array.Empty<byte>(), "Content-Length: 0", "Location: /elsewhere"));

            IUpload upload = Client().StartUpload(server.Url("/up/"), "d.log", new byte[] { 1 }, 1);

            WaitFor(upload);
            Assert.Equal(TransferState.Failed, upload.State);
            Assert.Equal(error, upload.Error);
        }

        [Fact]
        public void A_307_is_followed_with_the_same_method_and_body()
        {
            byte[] content = RandomBytes(800, 31);
            using TestHttpServer server = new TestHttpServer((request, response) =>
            {
                if (request.Target == "/up/d.log")
                {
                    TestHttpServer.Send(response, "307 Temporary Redirect", Array.Empty<byte>(), "Location: /store/d.log", "Content-Length: 0");
                }
                else
                {
                    TestHttpServer.Send(response, "201 Created", Array.Empty<byte>(), "Content-Length: 0");
                }
            });

            IUpload upload = Client().StartUpload(server.Url("/up/"), "d.log", content, content.Length);

            WaitFor(upload);
            Assert.Equal(TransferState.Done, upload.State);
            Assert.Equal(new[] { "/up/d.log", "/store/d.log" }, server.Requests.Select(r => r.Target).ToArray());
            Assert.All(server.Requests, r => Assert.Equal(content, r.Body));
        }

        [Fact]
        public void A_server_that_takes_the_body_and_never_answers_times_out()
        {
            using TestHttpServer server = new TestHttpServer((request, response) => request.Stopping.WaitOne());

            IUpload upload = Client(ShortTimeoutMs).StartUpload(server.Url("/up/"), "d.log", new byte[] { 1 }, 1);

            WaitFor(upload);
            Assert.Equal("timed out waiting for the HTTP response", upload.Error);
        }
    }
}
