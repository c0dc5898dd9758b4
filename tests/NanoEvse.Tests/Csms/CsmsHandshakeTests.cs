using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using NanoEvse.Csms;
using Xunit;

namespace NanoEvse.Tests.Csms
{
    /// <summary>Upgrade requests no WebSocket client library would send, written by hand.</summary>
    public class CsmsHandshakeTests
    {
        private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(1);

        /// <summary>Kestrel checks its timeouts once a second and adds a second of grace.</summary>
        private static readonly TimeSpan KestrelTimerSlack = TimeSpan.FromSeconds(2.5);

        private const string GoodHeaders =
            "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";

        [Theory]
        [InlineData("POST /ocpp/CP1 HTTP/1.1\r\n" + GoodHeaders + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n", 405)]
        [InlineData("GET /ocpp/CP1 HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
        [InlineData("GET /ocpp/CP1 HTTP/1.1\r\n" + GoodHeaders + "Sec-WebSocket-Version: 8\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n", 426)]
        [InlineData("GET /ocpp/ HTTP/1.1\r\n" + GoodHeaders + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n", 404)]
        [InlineData("hello\r\n\r\n", 400)]
        public async Task Requests_that_are_not_proper_ocpp_upgrades_are_refused(string request, int status)
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();

            Assert.StartsWith("HTTP/1.1 " + status + " ", await ExchangeAsync(csms.Port, request));
        }

        [Fact]
        public async Task A_request_that_is_not_http_is_reported_as_refused()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            var refusals = new ConcurrentQueue<string>();
            csms.UpgradeRefused += (target, status, reason) => refusals.Enqueue((target ?? "(none)") + " " + status);

            await ExchangeAsync(csms.Port, "hello\r\n\r\n");
            await ExchangeAsync(csms.Port, "GET /other/CP%201 HTTP/1.1\r\n" + GoodHeaders + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n");

            Assert.Equal(new[] { "(none) 400", "/other/CP%201 404" }, refusals);
        }

        [Fact]
        public async Task A_client_that_never_sends_its_upgrade_request_is_dropped_after_the_handshake_timeout()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { HandshakeTimeout = HandshakeTimeout });
            var waited = Stopwatch.StartNew();

            string response = await ExchangeAsync(csms.Port, string.Empty);

            Assert.Equal(string.Empty, response);
            Assert.InRange(waited.Elapsed, HandshakeTimeout, HandshakeTimeout + KestrelTimerSlack);
        }

        [Fact]
        public async Task An_unfinished_upgrade_request_is_answered_408_and_dropped_after_the_handshake_timeout()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { HandshakeTimeout = HandshakeTimeout });
            var refusals = new ConcurrentQueue<int>();
            csms.UpgradeRefused += (target, status, reason) => refusals.Enqueue(status);
            var waited = Stopwatch.StartNew();

            string response = await ExchangeAsync(csms.Port, "GET /ocpp/CP1 HTTP/1.1\r\n" + GoodHeaders);

            Assert.StartsWith("HTTP/1.1 408 ", response);
            Assert.InRange(waited.Elapsed, HandshakeTimeout, HandshakeTimeout + KestrelTimerSlack);
            Assert.Equal(new[] { 408 }, refusals);
            Assert.False(csms.IsConnected("CP1"));
        }

        [Fact]
        public async Task A_proper_request_is_switched_with_the_rfc6455_accept_key_and_ocpp16()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            string request = "GET /ocpp/CP1 HTTP/1.1\r\n" + GoodHeaders
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: json, ocpp1.6\r\n\r\n";

            string response = await ExchangeAsync(csms.Port, request, untilBlankLine: true);

            Assert.StartsWith("HTTP/1.1 101 ", response);
            Assert.Contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n", response);
            Assert.Contains("Sec-WebSocket-Protocol: ocpp1.6\r\n", response);
        }

        private static async Task<string> ExchangeAsync(int port, string request, bool untilBlankLine = false)
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            var response = new StringBuilder();
            var buffer = new byte[1024];
            Task timeout = Task.Delay(TimeSpan.FromSeconds(5));
            while (!(untilBlankLine && response.ToString().Contains("\r\n\r\n")))
            {
                Task<int> read = stream.ReadAsync(buffer).AsTask();
                if (await Task.WhenAny(read, timeout) == timeout)
                {
                    throw new TimeoutException("no response to the upgrade request");
                }

                int count = await read;
                if (count == 0)
                {
                    break;
                }

                response.Append(Encoding.ASCII.GetString(buffer, 0, count));
            }

            return response.ToString();
        }
    }
}
