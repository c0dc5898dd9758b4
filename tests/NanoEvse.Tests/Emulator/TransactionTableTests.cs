using System;
using System.IO;
using System.Threading;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The summary's per-transaction table: id, connector, card, meter start and stop, energy and stop reason.</summary>
    public sealed class TransactionTableTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-tx-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void The_demo_session_is_one_row_stopped_by_its_card()
        {
            (int exit, string text) = Run("--speed", "600");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Matches(@"  transactions\n    ╭[─┬]+╮\n    │ id │ conn │ card +│ start Wh │ stop Wh │ energy Wh │ stop reason │\n    ├[─┼]+┤\n" +
                @"    │ +1 │ +1 │ DEMO-CARD +│ +0 │ +(\d+) │ +\1 │ Local +│\n    ╰[─┴]+╯\n", text);
        }

        [Fact]
        public void Each_transaction_has_its_row_with_the_reason_it_stopped_and_a_running_one_says_so()
        {
            string script = Path.Combine(_dir, "tx.txt");
            File.WriteAllLines(script, new[]
            {
                "wait online", "plug", "ev-charge", "remote-start CARD-1", "wait Charging", "wait 1m", "remote-stop", "wait Finishing",
                "unplug", "wait Available", "plug", "ev-charge", "swipe CARD-2", "wait Charging", "wait 1m",
            });

            (int exit, string text) = Run("--script", script, "--speed", "600");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Matches(@"\n    │ +1 │ +1 │ CARD-1 +│ +0 │ +(\d+) │ +\1 │ Remote +│\n", text);
            Assert.Matches(@"\n    │ +2 │ +1 │ CARD-2 +│ +\d+ │ +- │ +- │ \(running\) +│\n", text);
        }

        [Fact]
        public void A_run_without_transactions_says_none()
        {
            string script = Path.Combine(_dir, "idle.txt");
            File.WriteAllLines(script, new[] { "wait online" });

            (int exit, string text) = Run("--script", script, "--speed", "600");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("  transactions      none", text);
        }

        private static (int Exit, string Text) Run(params string[] args)
        {
            StringWriter output = new StringWriter();
            using CancellationTokenSource limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            int exit = EmulatorApp.Run(args, TextReader.Null, TextWriter.Synchronized(output), limit.Token);
            return (exit, output.ToString().Replace("\r", string.Empty));
        }
    }
}
