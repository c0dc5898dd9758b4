using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using NanoEvse.Emulator;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>
    /// The console log's lines through Spectre.Console: plain text and --json exactly as the hand-written printer had
    /// them, colour only when asked for, the charger's text verbatim (brackets are not markup), nothing ever wrapped.
    /// </summary>
    public sealed class ConsoleLogTests
    {
        private const string Heartbeat = "[2,\"1\",\"Heartbeat\",{}]";

        private const string PlainSample =
            "2026-11-21T09:00:00.000Z  > swipe [DEMO]\n" +
            "2026-11-21T09:00:01.500Z  CP -> CSMS  [2,\"1\",\"Heartbeat\",{}]\n" +
            "2026-11-21T09:00:01.500Z  CP <- CSMS  [3,\"1\",{\"currentTime\":\"2026-11-21T06:00:00.000Z\"}]\n" +
            "2026-11-21T09:00:01.500Z  the charger's clock now reads 2026-11-21T06:00:00.000Z (log times go on from the start, so they never go back)\n" +
            "2026-11-21T09:00:01.500Z  warn  ocpp: no answer to [2,\"7\"]\n" +
            "2026-11-21T09:00:01.500Z  error cp: [red]broken[/]\n" +
            "2026-11-21T09:00:01.500Z  info  cp: info line\n" +
            "Summary [x]\n" +
            "two\n" +
            "lines\n";

        /// <summary>What the emulator printed under --json before its output moved to Spectre.Console.</summary>
        private const string JsonSample =
            "{\"kind\":\"note\",\"time\":\"2026-11-21T09:00:00.000Z\",\"chargerTime\":\"2026-11-21T09:00:00.000Z\",\"message\":\"\\u003E swipe [DEMO]\"}\n" +
            "{\"kind\":\"frame\",\"time\":\"2026-11-21T09:00:01.500Z\",\"chargerTime\":\"2026-11-21T09:00:01.500Z\",\"direction\":\"out\",\"frame\":\"[2,\\u00221\\u0022,\\u0022Heartbeat\\u0022,{}]\"}\n" +
            "{\"kind\":\"frame\",\"time\":\"2026-11-21T09:00:01.500Z\",\"chargerTime\":\"2026-11-21T09:00:01.500Z\",\"direction\":\"in\",\"frame\":\"[3,\\u00221\\u0022,{\\u0022currentTime\\u0022:\\u00222026-11-21T06:00:00.000Z\\u0022}]\"}\n" +
            "{\"kind\":\"clock\",\"time\":\"2026-11-21T09:00:01.500Z\",\"chargerTime\":\"2026-11-21T06:00:00.000Z\"}\n" +
            "{\"kind\":\"log\",\"time\":\"2026-11-21T09:00:01.500Z\",\"chargerTime\":\"2026-11-21T06:00:00.000Z\",\"level\":\"warn\",\"component\":\"ocpp\",\"message\":\"no answer to [2,\\u00227\\u0022]\"}\n" +
            "{\"kind\":\"log\",\"time\":\"2026-11-21T09:00:01.500Z\",\"chargerTime\":\"2026-11-21T06:00:00.000Z\",\"level\":\"error\",\"component\":\"cp\",\"message\":\"[red]broken[/]\"}\n" +
            "{\"kind\":\"log\",\"time\":\"2026-11-21T09:00:01.500Z\",\"chargerTime\":\"2026-11-21T06:00:00.000Z\",\"level\":\"info\",\"component\":\"cp\",\"message\":\"info line\"}\n" +
            "{\"kind\":\"text\",\"message\":\"Summary [x]\"}\n" +
            "{\"kind\":\"text\",\"message\":\"two\\nlines\"}\n";

        private static readonly Regex Escape = new Regex("\u001b\\[[0-9;]*m");

        [Fact]
        public void Without_colour_the_lines_are_plain_text_with_the_charger_s_brackets_as_they_came()
        {
            Assert.Equal(PlainSample, Sample(new LogStyle()));
        }

        [Fact]
        public void Json_is_one_source_generated_object_a_line_as_before()
        {
            Assert.Equal(JsonSample, Sample(new LogStyle { Json = true }));
        }

        [Fact]
        public void Colour_paints_the_same_text_with_escape_codes()
        {
            string coloured = Sample(new LogStyle { Colour = true });

            Assert.Contains("\u001b[36m  CP -> CSMS  \u001b[0m" + Heartbeat + "\n", coloured);
            Assert.Contains("\u001b[32m  CP <- CSMS  \u001b[0m", coloured);
            Assert.Contains("\u001b[31merror cp: [red]broken[/]\u001b[0m", coloured);
            Assert.Equal(PlainSample, Escape.Replace(coloured, string.Empty));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_frame_longer_than_any_console_stays_on_one_line(bool colour)
        {
            string frame = "[2,\"9\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + new string('[', 3000) + new string('a', 3000) + "\"}]";
            StringWriter output = new StringWriter();
            using (ConsoleLog log = new ConsoleLog(output, null, new VirtualClock(ChargerRig.Start), new LogStyle { Colour = colour }))
            {
                log.Frame(true, frame);
            }

            string line = Escape.Replace(output.ToString().ReplaceLineEndings("\n"), string.Empty);
            Assert.Equal("2026-11-21T09:00:00.000Z  CP -> CSMS  " + frame + "\n", line);
        }

        [Fact]
        public void The_log_file_gets_frames_in_plain_text_even_when_the_console_is_coloured()
        {
            string file = Path.GetTempFileName();
            try
            {
                using (ConsoleLog log = new ConsoleLog(new StringWriter(), file, new VirtualClock(ChargerRig.Start), new LogStyle { Colour = true }))
                {
                    log.Frame(true, Heartbeat);
                }

                Assert.Equal("2026-11-21T09:00:00.000Z  CP -> CSMS  " + Heartbeat + "\n", File.ReadAllText(file).ReplaceLineEndings("\n"));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void The_transaction_table_has_a_row_per_transaction_with_the_card_id_verbatim()
        {
            TransactionLedger ledger = Ledger();

            string text = Print(ledger, new LogStyle());

            Assert.DoesNotContain("\u001b[", text);
            Assert.Matches(@"│ id │ conn │ card +│ start Wh │ stop Wh │ energy Wh │ stop reason +│\n", text);
            Assert.Matches(@"│ +41 │ +1 │ \[bold\]A\[/\] │ +1000 │ +3500 │ +2500 │ EVDisconnected │\n", text);
            Assert.Matches(@"│ +42 │ +2 │ CARD-2 +│ +20 │ +- │ +- │ \(running\) +│\n", text);
        }

        [Fact]
        public void Under_json_each_line_of_the_table_is_a_text_event()
        {
            string text = Print(Ledger(), new LogStyle { Json = true });

            string[] lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            Assert.Equal(6, lines.Length);
            foreach (string line in lines)
            {
                using JsonDocument document = JsonDocument.Parse(line);
                Assert.Equal("text", document.RootElement.GetProperty("kind").GetString());
            }

            Assert.Matches(@"│ +41 │ +1 │ \[bold\]A\[/\] │ +1000 │ +3500 │ +2500 │ EVDisconnected │", JsonDocument.Parse(lines[3]).RootElement.GetProperty("message").GetString());
        }

        [Fact]
        public void A_coloured_console_prints_the_same_table()
        {
            string plain = Print(Ledger(), new LogStyle());
            string coloured = Print(Ledger(), new LogStyle { Colour = true });

            Assert.Equal(plain, Escape.Replace(coloured, string.Empty));
        }

        private static string Sample(LogStyle style)
        {
            VirtualClock clock = new VirtualClock(ChargerRig.Start);
            StringWriter output = new StringWriter();
            using (ConsoleLog log = new ConsoleLog(output, null, clock, style))
            {
                log.Note("> swipe [DEMO]");
                clock.Advance(1500);
                log.Frame(true, Heartbeat);
                log.Frame(false, "[3,\"1\",{\"currentTime\":\"2026-11-21T06:00:00.000Z\"}]");
                clock.SetUtc(ChargerRig.Start.AddHours(-3));
                log.Write(LogLevel.Warning, "ocpp", "no answer to [2,\"7\"]");
                log.Write(LogLevel.Error, "cp", "[red]broken[/]");
                log.Write(LogLevel.Info, "cp", "info line");
                log.Print("Summary [x]");
                log.Print("two\nlines");
            }

            return output.ToString().ReplaceLineEndings("\n");
        }

        /// <summary>One transaction stopped (its card id looks like markup), one still running.</summary>
        private static TransactionLedger Ledger()
        {
            TransactionLedger ledger = new TransactionLedger();
            ledger.Observe(true, "[2,\"s1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"[bold]A[/]\",\"meterStart\":1000,\"timestamp\":\"2026-11-21T09:00:00Z\"}]");
            ledger.Observe(false, "[3,\"s1\",{\"transactionId\":41,\"idTagInfo\":{\"status\":\"Accepted\"}}]");
            ledger.Observe(true, "[2,\"s2\",\"StartTransaction\",{\"connectorId\":2,\"idTag\":\"CARD-2\",\"meterStart\":20,\"timestamp\":\"2026-11-21T09:00:00Z\"}]");
            ledger.Observe(false, "[3,\"s2\",{\"transactionId\":42,\"idTagInfo\":{\"status\":\"Accepted\"}}]");
            ledger.Observe(true, "[2,\"s3\",\"StopTransaction\",{\"transactionId\":41,\"meterStop\":3500,\"timestamp\":\"2026-11-21T10:00:00Z\",\"reason\":\"EVDisconnected\"}]");
            return ledger;
        }

        private static string Print(TransactionLedger ledger, LogStyle style)
        {
            StringWriter output = new StringWriter();
            using (ConsoleLog log = new ConsoleLog(output, null, new VirtualClock(ChargerRig.Start), style))
            {
                log.Print(ledger.SummaryTable());
            }

            return output.ToString().ReplaceLineEndings("\n");
        }
    }
}
