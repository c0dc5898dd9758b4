using System;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Hal;
using Xunit;

namespace NanoEvse.Tests.HalHost
{
    /// <summary>WebSocket pings: kept apart because each test has to let a few seconds pass.</summary>
    public class TransportKeepAliveTests
    {
        [Fact]
        public async Task Pings_detect_a_dead_peer()
        {
            using var server = new FakeWebSocketServer(FakeWebSocketServer.Behaviour.UpgradeThenSilence);
            using var charger = new TestCharger();
            await charger.OpenAsync(server.Url, pingIntervalSeconds: 1);

            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("connection lost", closed.Text);
        }

        [Fact]
        public async Task Pings_keep_a_live_connection_open()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"), pingIntervalSeconds: 1);

            // Nothing to wait for here: the point is that several ping rounds pass without a Closed.
            await Task.Delay(TimeSpan.FromSeconds(3));

            Assert.Equal(0, charger.Inbox.Count);
            charger.Send("[2,\"h\",\"Heartbeat\",{}]");
            Assert.Equal("h", (await charger.ReceiveFrameAsync())[1].GetString());
        }
    }
}
