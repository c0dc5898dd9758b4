using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace NanoEvse.Tests.Dashboard
{
    /// <summary>
    /// Debian's Chromium driven by Playwright. The project's test command installs it; Playwright's own browser
    /// download is never used (this machine's network has none to offer).
    /// </summary>
    public static class HeadlessChromium
    {
        /// <summary>NANOEVSE_CHROMIUM names another binary.</summary>
        public static string Path => Environment.GetEnvironmentVariable("NANOEVSE_CHROMIUM") ?? "/usr/bin/chromium";

        public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
        {
            if (!File.Exists(Path))
            {
                throw new InvalidOperationException("Chromium is not at " + Path + ": run the README's test command (./run-tests), which installs Debian's chromium package");
            }

            IPlaywright playwright = await Playwright.CreateAsync();
            IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Path,
                Headless = true,
                // As root Chromium needs --no-sandbox; the rest keeps it from reaching for a network this machine lacks.
                Args = new[]
                {
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                },
            });
            return (playwright, browser);
        }
    }
}
