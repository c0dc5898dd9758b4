using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>How a run ends: the end of --interactive input, Ctrl+C and --duration as a clean shutdown, --duration cutting a demo short.</summary>
    public sealed class EmulatorLifecycleTests : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-life-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void Interactive_ends_at_the_end_of_its_input_after_every_line()
        {
            using CancellationTokenSource guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            StringWriter output = new StringWriter();

            int exit = EmulatorApp.Run(new[] { "--interactive", "--speed", "600" }, new StringReader("wait online\nplug\nstatus\n"),
                TextWriter.Synchronized(output), guard.Token);

            Assert.False(guard.IsCancellationRequested, "the run only ended on the guard:\n" + output);
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("> status", output.ToString());
            Assert.Matches(@"connector 1: \w+/NoError; vehicle plugged", output.ToString());
            Assert.Contains("Stopped:", output.ToString());
        }

        [Fact]
        public async Task Ctrl_c_stops_a_running_transaction_with_reason_reboot_before_closing()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using CancellationTokenSource stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            StringWriter output = new StringWriter();
            Task<int> run = Task.Run(() => EmulatorApp.Run(new[] { "--csms", csms.Url("CP-C"), "--script", ChargingScript(), "--speed", "60" },
                TextReader.Null, TextWriter.Synchronized(output), stop.Token));

            await csms.WaitForCallAsync("CP-C", "StartTransaction", Patience);
            stop.Cancel();
            int exit = await run;

            ReceivedCall stopped = await csms.WaitForCallAsync("CP-C", "StopTransaction", TimeSpan.FromSeconds(1));
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Equal("Reboot", stopped.Payload.GetProperty("reason").GetString());
            Assert.Contains("shutting down: running transactions stop (reason Reboot)", output.ToString());
        }

        [Fact]
        public async Task Duration_cutting_a_script_short_stops_the_transaction_and_exits_1()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            StringWriter output = new StringWriter();

            int exit = await Task.Run(() => EmulatorApp.Run(new[] { "--csms", csms.Url("CP-D"), "--script", ChargingScript(), "--speed", "60", "--duration", "6" },
                TextReader.Null, TextWriter.Synchronized(output), CancellationToken.None));

            ReceivedCall stopped = await csms.WaitForCallAsync("CP-D", "StopTransaction", TimeSpan.FromSeconds(1));
            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Equal("Reboot", stopped.Payload.GetProperty("reason").GetString());
            Assert.Contains("nanoevse-emulator: --duration 6 s ended the run before its commands were done", output.ToString());
        }

        [Fact]
        public void Duration_cutting_the_demo_short_exits_1()
        {
            StringWriter output = new StringWriter();

            int exit = EmulatorApp.Run(new[] { "--duration", "0.5" }, output, CancellationToken.None);

            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("--duration 0.5 s ended the run before its commands were done", output.ToString());
        }

        [Fact]
        public async Task Duration_ending_a_console_run_is_a_normal_end()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            StringWriter output = new StringWriter();

            int exit = await Task.Run(() => EmulatorApp.Run(new[] { "--csms", csms.Url("CP-E"), "--duration", "0.5" },
                TextReader.Null, TextWriter.Synchronized(output), CancellationToken.None));

            Assert.Equal(EmulatorApp.ExitOk, exit);
        }

        [Fact]
        public void Config_after_the_first_boot_is_still_checked()
        {
            Assert.Equal(EmulatorApp.ExitOk, Run("--data-dir", _dir, "--config", "HeartbeatInterval=42").Exit);

            (int exit, string text) = Run("--data-dir", _dir, "--config", "HeartbeatInterval=soon");
            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("nanoevse-emulator: HeartbeatInterval=soon: Rejected (expects an integer from 0 to 86400)", text);

            (exit, text) = Run("--data-dir", _dir, "--config", "NoSuchKey=1");
            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("nanoevse-emulator: NoSuchKey=1: NotSupported (profile default has no such key)", text);

            (exit, text) = Run("--data-dir", _dir, "--config", "HeartbeatInterval=7");
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("Stored configuration kept", text);
        }

        [Fact]
        public void The_data_dir_keeps_its_profile_and_another_one_needs_force_profile()
        {
            (int exit, string text) = Run("--data-dir", _dir, "--profile", "product-b");
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Equal("profile=product-b\n", File.ReadAllText(Path.Combine(_dir, ProfileRecord.FileName)));

            (exit, text) = Run("--data-dir", _dir);
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("Charger CP001: profile product-b", text);

            (exit, text) = Run("--data-dir", _dir, "--profile", "product-a");
            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains(_dir + " holds the flash of a product-b charger (emulator.dat); to run it as product-a add --force-profile", text);

            (exit, text) = Run("--data-dir", _dir, "--profile", "product-a", "--force-profile");
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("Charger CP001: profile product-a", text);
            Assert.Equal("profile=product-a\n", File.ReadAllText(Path.Combine(_dir, ProfileRecord.FileName)));
        }

        /// <summary>A session that is still charging when the run is ended from outside.</summary>
        private string ChargingScript()
        {
            string path = Path.Combine(_dir, "charge.txt");
            File.WriteAllLines(path, new[] { "wait online", "plug", "ev-charge", "swipe CARD-1", "wait Charging", "wait 12h" });
            return path;
        }

        /// <summary>A short --interactive run with no commands: it boots, and ends at once at the end of its input.</summary>
        private static (int Exit, string Text) Run(params string[] args)
        {
            StringWriter output = new StringWriter();
            string[] all = new string[args.Length + 1];
            args.CopyTo(all, 0);
            all[args.Length] = "--interactive";
            int exit = EmulatorApp.Run(all, new StringReader(string.Empty), output, CancellationToken.None);
            return (exit, output.ToString());
        }
    }
}
