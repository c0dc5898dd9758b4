using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using NanoEvse.Emulator;
using NanoEvse.Tests.Emulator;
using Xunit;

namespace NanoEvse.Tests.Dashboard
{
    /// <summary>The dashboard's web API as the page (or anything else on the machine) uses it.</summary>
    public sealed class DashboardServerTests : System.IDisposable
    {
        private readonly RunningEmulator _emulator = new RunningEmulator("--web", "0", "--speed", "20", "--no-frames");
        private readonly HttpClient _http = new HttpClient();
        private readonly string _url;

        public DashboardServerTests()
        {
            _url = _emulator.WaitFor(@"Dashboard on (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
        }

        public void Dispose()
        {
            _http.Dispose();
            _emulator.Dispose();
        }

        [Fact]
        public async Task The_page_and_the_state_are_served()
        {
            string page = await _http.GetStringAsync(_url);
            Assert.Contains("<title>nanoEVSE emulator</title>", page);

            using JsonDocument state = await StateAsync();
            JsonElement root = state.RootElement;
            Assert.Equal("CP001", root.GetProperty("chargePointId").GetString());
            Assert.Equal("default", root.GetProperty("profile").GetString());
            Assert.True(root.GetProperty("embeddedCsms").GetBoolean());
            JsonElement connector = root.GetProperty("connectors")[0];
            Assert.Equal(1, connector.GetProperty("id").GetInt32());
            Assert.Equal("A", connector.GetProperty("pilot").GetString());
            Assert.Equal(100, connector.GetProperty("dutyPercent").GetDouble());
            Assert.Contains("rcd", JsonSerializer.Deserialize<string[]>(root.GetProperty("faultKinds").GetRawText()));
        }

        [Fact]
        public async Task A_command_is_carried_out_by_the_main_loop_and_shows_in_the_state()
        {
            (HttpStatusCode status, string message) = await CommandAsync("plug 1");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("done: plug 1", message);

            using JsonDocument state = await StateAsync();
            JsonElement connector = state.RootElement.GetProperty("connectors")[0];
            Assert.True(connector.GetProperty("vehiclePlugged").GetBoolean());
            Assert.Equal("B", connector.GetProperty("pilot").GetString());
            Assert.Contains(state.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("text").GetString() == "> plug 1 (dashboard)");
        }

        [Fact]
        public async Task A_command_the_charger_cannot_carry_out_says_why()
        {
            (HttpStatusCode status, string message) = await CommandAsync("unplug 1");

            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.Equal("connector 1 has nothing plugged in", message);
        }

        [Theory]
        [InlineData("fly 1", "unknown command 'fly'; help lists the commands")]
        [InlineData("plug 9", "'9' is not a connector number; this charger has connector 1 only")]
        [InlineData("wait online", "waits are for scripts; the page shows the charger as it goes")]
        [InlineData("quit", "quit is for the console (or Ctrl+C)")]
        [InlineData("   ", "no command")]
        public async Task A_wrong_command_is_refused_with_the_consoles_reason(string line, string reason)
        {
            (HttpStatusCode status, string message) = await CommandAsync(line);

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(reason, message);
        }

        [Fact]
        public async Task Only_json_commands_of_bounded_size_from_a_loopback_host_are_taken()
        {
            using (HttpResponseMessage form = await _http.PostAsync(_url + "api/command", new StringContent("command=plug+1", Encoding.UTF8, "application/x-www-form-urlencoded")))
            {
                Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
            }

            using (HttpResponseMessage broken = await _http.PostAsync(_url + "api/command", new StringContent("{\"command\":", Encoding.UTF8, "application/json")))
            {
                Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
            }

            string huge = "{\"command\":\"" + new string('x', 4000) + "\"}";
            using (HttpResponseMessage big = await _http.PostAsync(_url + "api/command", new StringContent(huge, Encoding.UTF8, "application/json")))
            {
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
            }

            using (HttpRequestMessage rebound = new HttpRequestMessage(HttpMethod.Get, _url + "api/state"))
            {
                rebound.Headers.Host = "attacker.example";
                using HttpResponseMessage refused = await _http.SendAsync(rebound);
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            }

            using (HttpResponseMessage missing = await _http.GetAsync(_url + "nothing-here"))
            {
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            }

            using JsonDocument state = await StateAsync();
            Assert.False(state.RootElement.GetProperty("connectors")[0].GetProperty("vehiclePlugged").GetBoolean());
        }

        [Fact]
        public void A_port_in_use_is_a_clear_error()
        {
            using TcpListener taken = new TcpListener(IPAddress.Loopback, 0);
            taken.Start();
            int port = ((IPEndPoint)taken.LocalEndpoint).Port;

            (int exit, string text) = EmulatorHarness.Run("--web", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--duration", "1");

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("nanoevse-emulator: cannot serve the dashboard on port " + port + ":", text);
        }

        [Theory]
        [InlineData("70000")]
        [InlineData("-1")]
        [InlineData("web")]
        public void A_port_out_of_range_is_refused_before_anything_starts(string port)
        {
            (int exit, string text) = EmulatorHarness.Run("--web", port);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("--web needs a TCP port from 0 to 65535 (0: any free port)", text);
        }

        private async Task<JsonDocument> StateAsync()
        {
            return JsonDocument.Parse(await _http.GetStringAsync(_url + "api/state"));
        }

        private async Task<(HttpStatusCode, string)> CommandAsync(string line)
        {
            string body = JsonSerializer.Serialize(new { command = line });
            using HttpResponseMessage response = await _http.PostAsync(_url + "api/command", new StringContent(body, Encoding.UTF8, "application/json"));
            using JsonDocument reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (response.StatusCode, reply.RootElement.GetProperty("message").GetString());
        }
    }
}
