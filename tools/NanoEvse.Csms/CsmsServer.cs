using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NanoEvse.Csms
{
    /// <summary>The CSMS's <see cref="HttpEndpoint"/>: the WebSocket middleware in front of a request handler, with the handshake timeout as Kestrel's limits.</summary>
    internal sealed class CsmsServer
    {
        private readonly HttpEndpoint _endpoint;

        private CsmsServer(HttpEndpoint endpoint)
        {
            _endpoint = endpoint;
        }

        /// <summary>The port bound, which Kestrel picked when the options asked for port 0.</summary>
        public int Port => _endpoint.Port;

        /// <param name="badRequest">Gets the status and reason of each request Kestrel refused before it reached <paramref name="handler"/>.</param>
        public static CsmsServer Start(CsmsOptions options, RequestDelegate handler, Action<int, string> badRequest)
        {
            var webSockets = new WebSocketOptions
            {
                // The CSMS sends no pings or unsolicited pongs of its own; it answers the charger's pings.
                KeepAliveInterval = TimeSpan.Zero
            };
            RequestDelegate pipeline = new WebSocketMiddleware(handler, Options.Create(webSockets), NullLoggerFactory.Instance).Invoke;
            HttpEndpoint endpoint = HttpEndpoint.Start(ParseHost(options.Host), options.Port, pipeline, limits =>
            {
                // An idle connection and an unfinished request head are both dropped after the handshake timeout.
                limits.KeepAliveTimeout = options.HandshakeTimeout;
                limits.RequestHeadersTimeout = options.HandshakeTimeout;
                // After the upgrade a charger that stops reading is the session's send timeout's business, not a data rate's.
                limits.MinRequestBodyDataRate = null;
                limits.MinResponseDataRate = null;
            }, badRequest);
            return new CsmsServer(endpoint);
        }

        /// <summary>Stops listening at once and runs <paramref name="closeSessions"/> meanwhile; then cuts what is still open.</summary>
        public Task StopAsync(Func<Task> closeSessions)
        {
            return _endpoint.StopAsync(closeSessions);
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
