using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Hal;
using NanoEvse.Tests.HalHost;
using Xunit;

namespace NanoEvse.Tests.Csms
{
    /// <summary>Where the CSMS listens, how it ends connections and how it stops, some seen from a hand-driven socket.</summary>
    public class CsmsConnectionTests
    {
        private static readonly TimeSpan Patience = TestCharger.Patience;

        [Fact]
        public async Task Port_0_picks_a_free_port_and_a_given_port_is_used()
        {
            await using EmbeddedCsms picked = EmbeddedCsms.StartNew();
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int free = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();

            await using EmbeddedCsms given = EmbeddedCsms.StartNew(new CsmsOptions { Port = free });

            Assert.NotEqual(0, picked.Port);
            Assert.Equal(free, given.Port);
            Assert.Equal("ws://127.0.0.1:" + free + "/ocpp/CP1", given.Url("CP1"));
            using var charger = new TestCharger();
            await charger.OpenAsync(given.Url("CP1"));
        }

        [Fact]
        public async Task Localhost_means_the_ipv4_loopback_only()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { Host = "localhost" });
            using var ipv4 = new TcpClient(AddressFamily.InterNetwork);
            using var ipv6 = new TcpClient(AddressFamily.InterNetworkV6);

            await ipv4.ConnectAsync(IPAddress.Loopback, csms.Port);

            await Assert.ThrowsAsync<SocketException>(() => ipv6.ConnectAsync(IPAddress.IPv6Loopback, csms.Port));
            Assert.Equal("ws://localhost:" + csms.Port + "/ocpp/CP1", csms.Url("CP1"));
        }

        [Fact]
        public async Task An_ipv6_host_is_listened_on_and_bracketed_in_the_url()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { Host = "::1" });
            using var charger = new TestCharger();

            await charger.OpenAsync(csms.Url("CP1"));

            Assert.Equal("ws://[::1]:" + csms.Port + "/ocpp/CP1", csms.Url("CP1"));
            await csms.WaitForConnectionAsync("CP1", Patience);
        }

        [Fact]
        public async Task A_charger_that_ignores_the_close_handshake_is_cut_after_the_close_timeout()
        {
            TimeSpan closeTimeout = TimeSpan.FromMilliseconds(300);
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { CloseTimeout = closeTimeout });
            var reason = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            csms.ChargerDisconnected += (id, why) => reason.TrySetResult(why);
            using TcpClient client = await UpgradeByHandAsync(csms, "CP1");
            var waited = Stopwatch.StartNew();

            await csms.DisconnectAsync("CP1");

            // Timers may fire a few milliseconds early.
            Assert.InRange(waited.Elapsed, closeTimeout - TimeSpan.FromMilliseconds(50), closeTimeout + TimeSpan.FromSeconds(1));
            Assert.Equal("closed by the CSMS: disconnected by the CSMS", await reason.Task.WaitAsync(Patience));
            byte[] received = await ReadUntilEndAsync(client);
            Assert.Equal(0x88, received[0]);
        }

        [Fact]
        public async Task AbortAsync_ends_the_connection_without_a_close_frame()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using TcpClient client = await UpgradeByHandAsync(csms, "CP1");

            await csms.AbortAsync("CP1");

            Assert.Empty(await ReadUntilEndAsync(client));
            await csms.WaitForDisconnectionAsync("CP1", Patience);
        }

        [Fact]
        public async Task Disposing_closes_every_charger_and_half_open_connection_promptly_and_stops_listening()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));
            using var silent = new TcpClient();
            await silent.ConnectAsync(IPAddress.Loopback, csms.Port);
            using var halfway = new TcpClient();
            await halfway.ConnectAsync(IPAddress.Loopback, csms.Port);
            await halfway.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET /ocpp/CP2 HTTP/1.1\r\nHost: x\r\n"));
            var waited = Stopwatch.StartNew();

            await csms.DisposeAsync();

            Assert.InRange(waited.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);
            Assert.Contains("EndpointUnavailable", closed.Text);
            await ReadUntilEndAsync(silent);
            await ReadUntilEndAsync(halfway);
            using var late = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => late.ConnectAsync(IPAddress.Loopback, csms.Port));
        }

        /// <summary>A WebSocket client that does nothing on its own: it upgrades, then only reads when told to.</summary>
        private static async Task<TcpClient> UpgradeByHandAsync(EmbeddedCsms csms, string chargePointId)
        {
            var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, csms.Port);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                "GET /ocpp/" + chargePointId + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n"));
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                Assert.Equal(1, await stream.ReadAsync(one).AsTask().WaitAsync(Patience));
                head.Append((char)one[0]);
            }

            Assert.StartsWith("HTTP/1.1 101 ", head.ToString());
            await csms.WaitForConnectionAsync(chargePointId, Patience);
            return client;
        }

        /// <summary>Everything the CSMS sends until it closes or resets the connection.</summary>
        private static async Task<byte[]> ReadUntilEndAsync(TcpClient client)
        {
            var received = new MemoryStream();
            var buffer = new byte[1024];
            try
            {
                int count;
                while ((count = await client.GetStream().ReadAsync(buffer).AsTask().WaitAsync(Patience)) > 0)
                {
                    received.Write(buffer, 0, count);
                }
            }
            catch (IOException)
            {
                // A reset ends the connection as well as a FIN does.
            }

            return received.ToArray();
        }
    }
}
