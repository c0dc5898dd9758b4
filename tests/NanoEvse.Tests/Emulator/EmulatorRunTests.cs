using System;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>
    /// The emulator end to end: the demo, scripts and the console, each against the embedded CSMS over a real
    /// socket, at a high --speed so minutes of charging take a fraction of a second.
    /// </summary>
    public sealed class EmulatorRunTests : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-emu-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void The_demo_charges_and_sums_up_energy_duration_and_messages()
        {
            (int exit, string text) = Run(null, "--speed", "600");

            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("Demo: one charging session at 600 times real time", text);
            Assert.Contains("> swipe DEMO-CARD", text);
            Assert.True(EnergyKwh(text) > 0, "no energy delivered:\n" + text);
            Assert.Matches(@"duration +\d+m \d\ds of charger time", text);
            Assert.Matches(@"CP -> CSMS calls .*Authorize 1", text);
            Assert.Matches(@"CP -> CSMS calls .*StartTransaction 1", text);
            Assert.Matches(@"CP -> CSMS calls .*StopTransaction 1", text);
            Assert.Matches(@"CP -> CSMS calls .*StatusNotification \d+", text);
        }

        [Fact]
        public void A_vehicle_plugged_at_start_charges_as_soon_as_a_card_starts_the_session()
        {
            string script = Script("wait online", "swipe CARD-7", "wait Charging", "wait 2m", "status");

            (int exit, string text) = Run(null, "--ev-plugged", "--script", script, "--speed", "600");

            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("A vehicle is plugged into connector 1 and asks for energy as soon as it is offered.", text);
            Assert.Matches(@"connector 1: Charging/NoError; vehicle plugged, pilot C, offered 32 A, contactor closed, \d+ W", text);
            Assert.Contains("for card CARD-7", text);
            Assert.Matches(@"journal: 0 StartTransaction, \d+ MeterValues, 0 StopTransaction queued \((nothing waiting|oldest \d+ s old)\); \d+ of 16384 B used", text);
            Assert.Contains("local list: version 0, 0 of 100 entries", text);
            Assert.True(EnergyKwh(text) > 0, "no energy delivered:\n" + text);
        }

        [Theory]
        [InlineData("default", true)]
        [InlineData("product-a", false)]
        public void Status_lists_the_reservations_where_the_profile_has_them(string profile, bool shown)
        {
            (int exit, string text) = Run(null, "--profile", profile, "--script", Script("wait online", "status"), "--speed", "600");

            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Equal(shown, text.Contains("reservations: none"));
        }

        [Fact]
        public void Power_cut_and_reboot_boot_again_with_the_vehicle_still_there()
        {
            string script = Script("wait online", "plug", "power-cut", "wait online", "reboot", "wait online", "status");

            (int exit, string text) = Run(null, "--script", script, "--speed", "600");

            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("power cut: the charger core stops dead", text);
            Assert.Contains("reboot: running transactions stop (reason Reboot)", text);
            Assert.Contains("(profile default, boot 3): connected, boot accepted", text);
            Assert.Contains("connector 1: Preparing/NoError; vehicle plugged", text);
            Assert.Matches(@"CP -> CSMS calls .*BootNotification 3", text);
        }

        [Fact]
        public void A_script_command_that_cannot_be_carried_out_stops_the_run_with_its_line()
        {
            string script = Script("# nothing is plugged in yet", "unplug", "plug");

            (int exit, string text) = Run(null, "--script", script);

            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("nanoevse-emulator: " + script + " line 2: connector 1 has nothing plugged in", text);
            Assert.DoesNotContain("> plug", text);
        }

        [Fact]
        public void A_script_with_a_bad_line_exits_2_before_the_charger_starts()
        {
            string script = Script("plug", "wait a while");

            (int exit, string text) = Run(null, "--script", script);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("nanoevse-emulator: " + script + " line 2: wait needs a duration", text);
            Assert.DoesNotContain("Embedded CSMS", text);
        }

        [Fact]
        public void Console_commands_run_and_a_bad_one_is_only_reported()
        {
            (int exit, string text) = Run(new StringReader("status\nswipe\nfault rcd\nstatus\nquit\n"), "--interactive", "--profile", "product-b");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("type help for the commands", text);
            Assert.Contains("error: swipe needs one card id", text);
            Assert.Contains("connector 1: fault rcd injected", text);
            Assert.Contains("faults: rcd", text);
            Assert.Contains("Summary", text);
        }

        [Fact]
        public async Task A_reset_from_the_csms_reboots_the_charger()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            string script = Script("wait online", "wait 1h");
            using CancellationTokenSource stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            StringWriter output = new StringWriter();
            Task<int> run = Task.Run(() => EmulatorApp.Run(new[] { "--csms", csms.Url("CP-R"), "--script", script, "--speed", "60" },
                TextReader.Null, TextWriter.Synchronized(output), stop.Token));

            await csms.WaitForCallAsync("CP-R", "BootNotification", Patience);
            CsmsCallResult reset = await csms.CallAsync("CP-R", "Reset", new JsonObject { ["type"] = "Soft" }, Patience);
            await csms.WaitForCallAsync("CP-R", "BootNotification", Patience);
            stop.Cancel();

            Assert.Equal(EmulatorApp.ExitOk, await run);
            Assert.Equal("Accepted", reset.Payload.GetProperty("status").GetString());
            Assert.Contains("the charger asks for a soft restart: rebooting", output.ToString());
        }

        [Theory]
        [InlineData("--speed", "0")]
        [InlineData("--speed", "5000")]
        [InlineData("--speed", "fast")]
        public void A_bad_speed_exits_2(string name, string value)
        {
            (int exit, string text) = Run(null, name, value);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("--speed needs a number above 0 and at most 1000", text);
        }

        [Fact]
        public void Interactive_and_script_cannot_be_combined()
        {
            (int exit, string text) = Run(null, "--interactive", "--script", "x.txt");

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("--interactive and --script exclude each other", text);
        }

        private string Script(params string[] lines)
        {
            string path = Path.Combine(_dir, "session.txt");
            File.WriteAllLines(path, lines);
            return path;
        }

        private static double EnergyKwh(string text)
        {
            Match match = Regex.Match(text, @"energy delivered +([0-9.]+) kWh");
            Assert.True(match.Success, "no summary:\n" + text);
            return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        /// <summary>Runs the emulator with a real-time safety limit, so a broken run fails instead of hanging.</summary>
        private static (int Exit, string Text) Run(TextReader input, params string[] args)
        {
            StringWriter output = new StringWriter();
            using CancellationTokenSource limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            int exit = EmulatorApp.Run(args, input ?? TextReader.Null, TextWriter.Synchronized(output), limit.Token);
            return (exit, output.ToString());
        }
    }
}
