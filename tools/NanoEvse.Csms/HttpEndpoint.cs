using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NanoEvse.Csms
{
    /// <summary>
    /// Kestrel on one HTTP/1.1 endpoint, without the generic host (no configuration, logging or DI container to build):
    /// starting one in a test or in the NativeAOT emulator stays quick, and the binary small. The embedded CSMS and the
    /// emulator's dashboard both listen through it.
    /// </summary>
    public sealed class HttpEndpoint : IHttpApplication<HttpContext>
    {
        private readonly KestrelServer _kestrel;
        private readonly RequestDelegate _pipeline;

        private HttpEndpoint(KestrelServer kestrel, RequestDelegate pipeline)
        {
            _kestrel = kestrel;
            _pipeline = pipeline;
        }

        /// <summary>The port bound, which Kestrel picked when asked for port 0.</summary>
        public int Port { get; private set; }

        /// <param name="limits">Adjusts Kestrel's limits, or null for its defaults.</param>
        /// <param name="badRequest">Gets the status and reason of each request Kestrel refused before it reached the pipeline, or null.</param>
        public static HttpEndpoint Start(IPAddress address, int port, RequestDelegate pipeline, Action<KestrelServerLimits> limits = null, Action<int, string> badRequest = null)
        {
            var options = new KestrelServerOptions { AddServerHeader = false };
            limits?.Invoke(options.Limits);
            options.Listen(address, port, listen => listen.Protocols = HttpProtocols.Http1);
            var logs = new KestrelBadRequests(badRequest ?? ((status, reason) => { }));
            var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
            var endpoint = new HttpEndpoint(new KestrelServer(Options.Create(options), transport, logs), pipeline);
            endpoint._kestrel.StartAsync(endpoint, CancellationToken.None).GetAwaiter().GetResult();
            endpoint.Port = new Uri(endpoint._kestrel.Features.Get<IServerAddressesFeature>().Addresses.First()).Port;
            return endpoint;
        }

        /// <summary>
        /// Stops listening at once and runs <paramref name="whileStopping"/> (null: nothing) meanwhile; then cuts every
        /// connection still open and waits for Kestrel to let go of them.
        /// </summary>
        public async Task StopAsync(Func<Task> whileStopping = null)
        {
            using var cutRemaining = new CancellationTokenSource();
            Task stopping = _kestrel.StopAsync(cutRemaining.Token);
            if (whileStopping != null)
            {
                await whileStopping();
            }

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
    }
}
