using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NanoEvse.Emulator;
using NanoEvse.Tests.Emulator;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace NanoEvse.Tests.Dashboard
{
    /// <summary>
    /// The --web dashboard in a real browser: a whole charging session driven through its buttons, checked by what the
    /// page shows. The emulator runs at --speed 20, so charging time passes quickly while the page polls in real time.
    /// </summary>
    public sealed class DashboardBrowserTests : IAsyncLifetime
    {
        private RunningEmulator _emulator;
        private IPlaywright _playwright;
        private IBrowser _browser;
        private IPage _page;

        public async Task InitializeAsync()
        {
            // The page polls twice a second and the machine is shared: each expectation may take a while to come true.
            SetDefaultExpectTimeout(20_000);
            _emulator = new RunningEmulator("--web", "0", "--speed", "20", "--no-frames");
            string url = _emulator.WaitFor(@"Dashboard on (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
            (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
            _page = await _browser.NewPageAsync();
            await _page.GotoAsync(url);
        }

        public async Task DisposeAsync()
        {
            if (_browser != null)
            {
                await _browser.DisposeAsync();
            }

            _playwright?.Dispose();
            _emulator?.Dispose();
        }

        [Fact]
        public async Task A_whole_session_driven_from_the_page_shows_on_it()
        {
            ILocator connector = _page.Locator("#connector-1");
            ILocator events = _page.Locator("#events");
            await Expect(_page.Locator("#link")).ToHaveTextAsync("online");
            await Expect(_page.Locator("#cp-id")).ToHaveTextAsync("CP001");
            await Expect(_page.Locator("#firmware")).ToHaveTextAsync(EmulatedCharger.BuiltInVersion + " (built in)");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("Available");
            await Expect(connector.Locator(".pilot")).ToHaveTextAsync("state A, duty 100 %");

            await Click(connector, "Plug in");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("Preparing");
            await Expect(connector.Locator(".vehicle")).ToHaveTextAsync("plugged in");
            await Expect(connector.Locator(".lock")).ToHaveTextAsync("unlocked");

            await connector.Locator(".tag").FillAsync("CARD-7");
            await Click(connector, "Swipe card");
            await Expect(connector.Locator(".transaction")).ToHaveTextAsync(new Regex(@"^\d+ for card CARD-7"));
            await Expect(connector.Locator(".lock")).ToHaveTextAsync("locked");
            await Expect(events).ToContainTextAsync("\"StartTransaction\"");

            await Click(connector, "EV charge");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("Charging");
            await Expect(connector.Locator(".contactor")).ToHaveTextAsync("closed");
            await Expect(connector.Locator(".pilot")).ToHaveTextAsync("state C, duty 53.3 %");
            await Expect(connector.Locator(".offered")).ToHaveTextAsync("32 A");
            await Expect(connector.Locator(".power")).ToHaveTextAsync(new Regex(@"^[1-9]\d* W$"));
            await Expect(connector.Locator(".transaction")).ToHaveTextAsync(new Regex(@"for card CARD-7, [1-9]\d* Wh so far"));
            int points = await ChartPointsAsync(connector, minimum: 4);
            Assert.True(points >= 4, "the power chart has " + points + " points");
            // Shown to 0.01 kWh: the first few Wh read 0.00, and a loaded machine may take a while to pass them.
            await Expect(connector.Locator(".energy-max")).Not.ToHaveTextAsync("0.00");

            await Click(connector, "EV pause");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("SuspendedEV");
            await Expect(connector.Locator(".power")).ToHaveTextAsync("0 W");

            await _page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Clear cache" }).ClickAsync();
            await Expect(events).ToContainTextAsync("ClearCache: Accepted");

            await Click(connector, "Remote stop");
            await Expect(connector.Locator(".transaction")).ToHaveTextAsync("none");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("Finishing");
            await Expect(events).ToContainTextAsync("\"StopTransaction\"");
            Assert.True(await ChartPointsAsync(connector, minimum: points) >= points, "the finished session's chart stays on the page");

            await Click(connector, "Unplug");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("Available");
            await Expect(connector.Locator(".vehicle")).ToHaveTextAsync("not plugged in");

            await connector.Locator("select.fault").SelectOptionAsync("rcd");
            await Click(connector, "Inject fault");
            await Expect(connector.Locator(".faults")).ToHaveTextAsync("rcd");
            await Expect(connector.Locator(".status")).ToHaveTextAsync("Faulted");
            await Expect(connector.Locator(".error")).ToHaveTextAsync("(GroundFailure)");

            await _page.Locator("#command").FillAsync("get-config HeartbeatInterval");
            await _page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send" }).ClickAsync();
            await Expect(events).ToContainTextAsync("GetConfiguration: HeartbeatInterval=");

            await _page.Locator("#command").FillAsync("wait 5s");
            await _page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send" }).ClickAsync();
            await Expect(_page.Locator("#reply")).ToHaveTextAsync("waits are for scripts; the page shows the charger as it goes");
            await Expect(_page.Locator("#reply")).ToHaveClassAsync("bad");

            Assert.Contains("> plug 1 (dashboard)", _emulator.Output);
        }

        private static Task Click(ILocator connector, string button)
        {
            return connector.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button, Exact = true }).ClickAsync();
        }

        /// <summary>How many points the power line has once it has at least <paramref name="minimum"/> (or after 20 s).</summary>
        private async Task<int> ChartPointsAsync(ILocator connector, int minimum)
        {
            ILocator line = connector.Locator("polyline.power-line");
            DateTime limit = DateTime.UtcNow.AddSeconds(20);
            int count;
            do
            {
                string points = await line.GetAttributeAsync("points") ?? string.Empty;
                count = points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (count >= minimum)
                {
                    break;
                }

                await Task.Delay(100);
            }
            while (DateTime.UtcNow < limit);

            return count;
        }
    }
}
