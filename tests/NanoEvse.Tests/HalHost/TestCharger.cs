using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.HalHost
{
    /// <summary>Drives a HostWebSocketTransport the way the firmware core does, with every wait bounded.</summary>
    internal sealed class TestCharger : IDisposable
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        public HostWebSocketTransport Transport { get; } = new HostWebSocketTransport();

        public TransportInbox Inbox { get; } = new TransportInbox();

        public int ConnectionId { get; private set; }

        public static string Basic(string chargePointId, string password)
        {
            return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(chargePointId + ":" + password));
        }

        public void Connect(string url, string authorization = null, int maxMessageBytes = 16384, string subprotocol = "ocpp1.6", int pingIntervalSeconds = 0)
        {
            ConnectionId++;
            var settings = new TransportSettings
            {
                Url = url,
                Authorization = authorization,
                MaxMessageBytes = maxMessageBytes,
                Subprotocol = subprotocol,
                PingIntervalSeconds = pingIntervalSeconds
            };
            Transport.Connect(settings, ConnectionId, Inbox);
        }

        public async Task OpenAsync(string url, string authorization = null, int maxMessageBytes = 16384, int pingIntervalSeconds = 0)
        {
            Connect(url, authorization, maxMessageBytes, pingIntervalSeconds: pingIntervalSeconds);
            TransportEvent opened = await NextAsync();
            Assert.True(opened.Kind == TransportEventKind.Opened, "expected Opened, got " + opened.Kind + ": " + opened.Text);
            Assert.Equal(ConnectionId, opened.ConnectionId);
        }

        /// <summary>The next event from the transport; polls the inbox as the core's Poll() would.</summary>
        public async Task<TransportEvent> NextAsync()
        {
            var waited = Stopwatch.StartNew();
            while (true)
            {
                TransportEvent next = Inbox.Take();
                if (next != null)
                {
                    return next;
                }

                if (waited.Elapsed > Patience)
                {
                    throw new TimeoutException("no transport event within " + Patience.TotalSeconds + " s");
                }

                await Task.Delay(5);
            }
        }

        public async Task<TransportEvent> ExpectAsync(TransportEventKind kind)
        {
            TransportEvent next = await NextAsync();
            Assert.True(next.Kind == kind, "expected " + kind + ", got " + next.Kind + ": " + next.Text);
            return next;
        }

        public async Task<JsonElement> ReceiveFrameAsync()
        {
            TransportEvent message = await ExpectAsync(TransportEventKind.Message);
            Assert.False(message.Truncated);
            return JsonDocument.Parse(message.Text).RootElement;
        }

        public void Send(string text)
        {
            Assert.True(Transport.Send(text), "transport refused to send " + text);
        }

        public void Dispose()
        {
            Transport.Dispose();
        }
    }
}
