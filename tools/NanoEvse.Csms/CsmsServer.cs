using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NanoEvse.Csms
{
    /// <summary>
    /// Kestrel on one HTTP/1.1 endpoint with the WebSocket middleware in front of a request handler. Kestrel is used
    /// without the generic host (no configuration, logging or DI container to build): in the NativeAOT emulator even
    /// WebApplication.CreateEmptyBuilder cost 1.5 MB and about 10 ms more at start, and tests start many CSMSes.
    /// </summary>
    internal sealed class CsmsServer : IHttpApplication<HttpContext>
    {
        private readonly KestrelServer _kestrel;
        private readonly RequestDelegate _pipeline;

        private CsmsServer(KestrelServer kestrel, RequestDelegate handler)
        {
            _kestrel = kestrel;
            var webSockets = new WebSocketOptions
            {
                // The CSMS sends no pings or unsolicited pongs of its own; it answers the charger's pings.
                KeepAliveInterval = TimeSpan.Zero
            };
            _pipeline = new WebSocketMiddleware(handler, Options.Create(webSockets), NullLoggerFactory.Instance).Invoke;
        }

        /// <summary>The port bound, which Kestrel picked when the options asked for port 0.</summary>
        public int Port { get; private set; }

        /// <param name="badRequest">Gets the status and reason of each request Kestrel refused before it reached <paramref name="handler"/>.</param>
        public static CsmsServer Start(CsmsOptions options, RequestDelegate handler, Action<int, string> badRequest)
        {
            var kestrelOptions = new KestrelServerOptions { AddServerHeader = false };
            // An idle connection and an unfinished request head are both dropped after the handshake timeout.
            kestrelOptions.Limits.KeepAliveTimeout = options.HandshakeTimeout;
            kestrelOptions.Limits.RequestHeadersTimeout = options.HandshakeTimeout;
            // After the upgrade a charger that stops reading is the session's send timeout's business, not a data rate's.
            kestrelOptions.Limits.MinRequestBodyDataRate = null;
            kestrelOptions.Limits.MinResponseDataRate = null;
            kestrelOptions.Listen(ParseHost(options.Host), options.Port, listen => listen.Protocols = HttpProtocols.Http1);

            var logs = new KestrelBadRequests(badRequest);
            var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
            var server = new CsmsServer(new KestrelServer(Options.Create(kestrelOptions), transport, logs), handler);
            server._kestrel.StartAsync(server, CancellationToken.None).GetAwaiter().GetResult();
            string address = server._kestrel.Features.Get<IServerAddressesFeature>().Addresses.First();
            server.Port = new Uri(address).Port;
            return server;
        }

        /// <summary>
        /// Stops listening at once and runs <paramref name="closeSessions"/> meanwhile; then cuts every connection still
        /// open (a request head still arriving) and waits for Kestrel to let go of them.
        /// </summary>
        public async Task StopAsync(Func<Task> closeSessions)
        {
            using var cutRemaining = new CancellationTokenSource();
            Task stopping = _kestrel.StopAsync(cutRemaining.Token);
            await closeSessions();
            cutRemaining.Cancel();
            await stopping;
            _kestrel.Dispose();
        }

        public HttpContext CreateContext(IFeatureCollection contextFeatures)
        {
            return new DefaultHttpContext(contextFeatures);
        }

        public Task ProcessRequestAsync(HttpContext context)
        {
            return _pipeline(context);
        }

        public void DisposeContext(HttpContext context, Exception exception)
        {
        }

        private static IPAddress ParseHost(string host)
        {
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return IPAddress.Loopback;
            }

            return IPAddress.Parse(host);
        }
    }
}
