using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using NanoEvse.Csms;
using NanoEvse.Emulator.Commands;

namespace NanoEvse.Emulator.Dashboard
{
    /// <summary>
    /// The live dashboard's web server on the loopback interface (an <see cref="HttpEndpoint"/>, as the embedded CSMS's):
    /// the page, its state as JSON, and the commands its buttons send. Commands are checked here and carried out by the
    /// main loop.
    /// </summary>
    public sealed class DashboardServer : IAsyncDisposable
    {
        private const int MaxCommandBytes = 1024;
        private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);

        private readonly DashboardFeed _feed;
        private readonly int _connectors;
        private readonly byte[] _page;
        private HttpEndpoint _endpoint;

        private DashboardServer(DashboardFeed feed, int connectors)
        {
            _feed = feed;
            _connectors = connectors;
            using Stream resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard.html");
            using MemoryStream page = new MemoryStream();
            resource.CopyTo(page);
            _page = page.ToArray();
        }

        /// <summary>The page's address, e.g. http://127.0.0.1:8080/.</summary>
        public string Url { get; private set; }

        /// <summary>Listens on 127.0.0.1:<paramref name="port"/> (0: a free port; read <see cref="Url"/>).</summary>
        public static DashboardServer Start(DashboardFeed feed, int connectors, int port)
        {
            DashboardServer server = new DashboardServer(feed, connectors);
            server._endpoint = HttpEndpoint.Start(IPAddress.Loopback, port, server.HandleAsync);
            server.Url = "http://127.0.0.1:" + server._endpoint.Port.ToString(CultureInfo.InvariantCulture) + "/";
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            if (_endpoint != null)
            {
                await _endpoint.StopAsync();
            }
        }

        private Task HandleAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            HttpResponse response = context.Response;
            // Only pages this server gave out may drive it: another host name is a rebinding attempt.
            if (!IsLoopbackHost(request.Host.Host))
            {
                response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            switch (request.Path.Value)
            {
                case "/" when HttpMethods.IsGet(request.Method):
                    response.ContentType = "text/html; charset=utf-8";
                    response.Headers.CacheControl = "no-store";
                    return response.Body.WriteAsync(_page, 0, _page.Length);
                case "/api/state" when HttpMethods.IsGet(request.Method):
                    response.ContentType = "application/json";
                    response.Headers.CacheControl = "no-store";
                    return JsonSerializer.SerializeAsync(response.Body, _feed.Latest, DashboardJson.Default.DashboardState);
                case "/api/command" when HttpMethods.IsPost(request.Method):
                    return CommandAsync(context);
                default:
                    response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
            }
        }

        private async Task CommandAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            // JSON only: a cross-site form cannot send it without the browser asking this server first, and it never agrees.
            if (request.ContentType == null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                await Answer(context, StatusCodes.Status415UnsupportedMediaType, false, "send the command as application/json");
                return;
            }

            if (request.ContentLength > MaxCommandBytes)
            {
                await Answer(context, StatusCodes.Status413PayloadTooLarge, false, "a command has at most " + MaxCommandBytes + " bytes");
                return;
            }

            CommandRequest body;
            try
            {
                body = await JsonSerializer.DeserializeAsync(request.Body, DashboardJson.Default.CommandRequest, context.RequestAborted);
            }
            catch (JsonException e)
            {
                await Answer(context, StatusCodes.Status400BadRequest, false, "not a command: " + e.Message);
                return;
            }

            string problem = Check(body?.Command, out EmulatorCommand command);
            if (problem != null)
            {
                await Answer(context, StatusCodes.Status400BadRequest, false, problem);
                return;
            }

            DashboardCommand pending = new DashboardCommand(command);
            _feed.Submit(pending);
            Task finished = await Task.WhenAny(pending.Reply, Task.Delay(CommandTimeout, context.RequestAborted));
            CommandReply reply = finished == pending.Reply ? pending.Reply.Result : new CommandReply { Message = "the charger did not take the command in time" };
            await Answer(context, reply.Ok ? StatusCodes.Status200OK : StatusCodes.Status409Conflict, reply.Ok, reply.Message);
        }

        /// <summary>The console's own parser; waits belong to scripts and quit to the console, so the page has neither.</summary>
        private string Check(string line, out EmulatorCommand command)
        {
            command = null;
            if (string.IsNullOrWhiteSpace(line))
            {
                return "no command";
            }

            command = CommandParser.Parse(line, _connectors, out string error);
            if (command == null)
            {
                return error ?? "no command";
            }

            switch (command.Kind)
            {
                case CommandKind.Wait:
                case CommandKind.WaitOnline:
                case CommandKind.WaitStatus:
                case CommandKind.WaitAnswers:
                case CommandKind.WaitFirmware:
                    return "waits are for scripts; the page shows the charger as it goes";
                case CommandKind.Quit:
                    return "quit is for the console (or Ctrl+C)";
                case CommandKind.Help:
                    return "help is for the console";
                default:
                    return null;
            }
        }

        private static Task Answer(HttpContext context, int status, bool ok, string message)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            return JsonSerializer.SerializeAsync(context.Response.Body, new CommandReply { Ok = ok, Message = message }, DashboardJson.Default.CommandReply);
        }

        private static bool IsLoopbackHost(string host)
        {
            return host == "127.0.0.1" || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);
        }
    }
}
