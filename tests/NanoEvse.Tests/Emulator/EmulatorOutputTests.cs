using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>--quiet, --no-frames, --json, no colour off a terminal, and log times that never go back.</summary>
    public sealed class EmulatorOutputTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-out-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void Quiet_shows_commands_and_the_summary_but_no_frames_or_info_lines()
        {
            string text = Run("--speed", "600", "--quiet");

            Assert.Contains("> swipe DEMO-CARD", text);
            Assert.Contains("Summary", text);
            Assert.DoesNotContain("CP -> CSMS  [", text);
            Assert.DoesNotContain("  info ", text);
        }

        [Fact]
        public void No_frames_keeps_them_out_of_the_console_but_in_the_log_file()
        {
            string logFile = Path.Combine(_dir, "frames.log");

            string text = Run("--speed", "600", "--no-frames", "--log", logFile);

            Assert.DoesNotContain("CP -> CSMS  [", text);
            Assert.Contains("  info ", text);
            Assert.Contains("CP -> CSMS  [2,", File.ReadAllText(logFile));
        }

        [Fact]
        public void Json_prints_one_object_a_line_with_frames_and_log_events()
        {
            string text = Run("--speed", "600", "--json");

            List<JsonElement> events = Events(text);
            Assert.Contains(events, e => e.GetProperty("kind").GetString() == "frame" && e.GetProperty("direction").GetString() == "out" &&
                e.GetProperty("frame").GetString().Contains("\"BootNotification\""));
            Assert.Contains(events, e => e.GetProperty("kind").GetString() == "log" && e.TryGetProperty("component", out _));
            Assert.Contains(events, e => e.GetProperty("kind").GetString() == "note" && e.GetProperty("message").GetString() == "> swipe DEMO-CARD");
            Assert.Contains(events, e => e.GetProperty("kind").GetString() == "text" && e.GetProperty("message").GetString().StartsWith("Charger CP001"));
        }

        [Fact]
        public void A_writer_that_is_not_the_terminal_gets_no_colour()
        {
            Assert.DoesNotContain("\u001b[", Run("--speed", "600"));
        }

        [Fact]
        public async Task Log_times_never_go_back_when_the_csms_sets_the_clock_back()
        {
            DateTime csmsTime = DateTime.UtcNow.AddHours(-3);
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { CurrentTime = () => csmsTime });
            string script = Path.Combine(_dir, "idle.txt");
            File.WriteAllLines(script, new[] { "wait online", "wait 2m" });

            string json = await Task.Run(() => Run("--csms", csms.Url("CP-T"), "--script", script, "--speed", "600", "--json"));
            string text = await Task.Run(() => Run("--csms", csms.Url("CP-U"), "--script", script, "--speed", "600"));

            DateTime last = DateTime.MinValue;
            bool clockShown = false;
            foreach (JsonElement e in Events(json))
            {
                if (!e.TryGetProperty("time", out JsonElement time))
                {
                    continue;
                }

                DateTime stamp = time.GetDateTime();
                Assert.True(stamp >= last, "log time went back from " + last.ToString("O") + " to " + stamp.ToString("O"));
                last = stamp;
                if (e.GetProperty("kind").GetString() == "clock")
                {
                    clockShown = true;
                    Assert.True(stamp - e.GetProperty("chargerTime").GetDateTime() > TimeSpan.FromHours(2.9));
                }
            }

            Assert.True(clockShown, "no clock event:\n" + json);
            Assert.Contains("the charger's clock now reads " + csmsTime.ToString("yyyy-MM-dd'T'HH"), text);
        }

        private static List<JsonElement> Events(string text)
        {
            List<JsonElement> events = new List<JsonElement>();
            foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
                events.Add(document.RootElement.Clone());
            }

            return events;
        }

        private static string Run(params string[] args)
        {
            StringWriter output = new StringWriter();
            int exit = EmulatorApp.Run(args, TextReader.Null, TextWriter.Synchronized(output), CancellationToken.None);
            Assert.True(exit == EmulatorApp.ExitOk, "exit " + exit + ":\n" + output);
            return output.ToString();
        }
    }
}
