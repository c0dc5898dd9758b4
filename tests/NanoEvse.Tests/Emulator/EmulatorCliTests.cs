using System.IO;
using System.Threading;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    public class EmulatorCliTests
    {
        [Theory]
        [InlineData("http://127.0.0.1:9000/ocpp/CP001", "ws:// or wss://")]
        [InlineData("ws://127.0.0.1:9000/ocpp/", "end with the charge point id")]
        [InlineData("not a url", "ws:// or wss://")]
        public void An_invalid_csms_url_exits_non_zero_with_a_clear_message(string url, string reason)
        {
            StringWriter output = new StringWriter();

            int exit = EmulatorApp.Run(new[] { "--csms", url }, output, CancellationToken.None);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("invalid --csms URL", output.ToString());
            Assert.Contains(reason, output.ToString());
        }

        [Theory]
        [InlineData("--bogus", "x")]
        [InlineData("--csms")]
        [InlineData("--duration", "soon")]
        public void Bad_arguments_exit_non_zero_and_print_usage(params string[] args)
        {
            StringWriter output = new StringWriter();

            Assert.Equal(EmulatorApp.ExitUsage, EmulatorApp.Run(args, output, CancellationToken.None));
            Assert.Contains("usage: nanoevse-emulator", output.ToString());
        }

        [Theory]
        [InlineData("unknown option --interacitve", "--interacitve")]
        [InlineData("unknown option --foo", "--speed", "60", "--foo")]
        [InlineData("unknown option --foo", "--foo", "--speed", "60")]
        [InlineData("unexpected argument stray", "--speed", "60", "stray")]
        [InlineData("--csms needs a value", "--csms", "--interactive")]
        [InlineData("the port 'notaport' is not a number from 1 to 65535", "--csms", "ws://127.0.0.1:notaport/ocpp/CP1")]
        [InlineData("the port '0' is not a number from 1 to 65535", "--csms", "ws://127.0.0.1:0/ocpp/CP1")]
        [InlineData("the CSMS URL has no host", "--csms", "ws://:9000/x")]
        [InlineData("is not a valid host name", "--csms", "ws://bad_host!:9000/ocpp/CP1")]
        [InlineData("--auth-key must be 16 to 40 characters (got 5)", "--auth-key", "short")]
        [InlineData("--auth-key must be 16 to 40 characters (got 41)", "--auth-key", "0123456789012345678901234567890123456789X")]
        [InlineData("--speed needs a number above 0", "--speed", "0")]
        [InlineData("--slow-connect needs a number of seconds from 0 to 3600", "--slow-connect", "-1")]
        [InlineData("--interactive and --script exclude each other", "--interactive", "--script", "x.txt")]
        public void Bad_input_exits_2_with_the_reason(string reason, params string[] args)
        {
            StringWriter output = new StringWriter();

            int exit = EmulatorApp.Run(args, output, CancellationToken.None);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("nanoevse-emulator: ", output.ToString());
            Assert.Contains(reason, output.ToString());
            Assert.DoesNotContain("needs a value", reason.StartsWith("unknown") ? output.ToString() : string.Empty);
        }

        [Fact]
        public void A_script_that_is_a_directory_is_named_as_such()
        {
            string dir = Directory.CreateTempSubdirectory("nanoevse-emu-").FullName;
            StringWriter output = new StringWriter();

            int exit = EmulatorApp.Run(new[] { "--script", dir }, output, CancellationToken.None);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("--script " + dir + " is a directory", output.ToString());
            Directory.Delete(dir);
        }

        [Fact]
        public void A_log_file_that_cannot_be_written_exits_2_with_the_reason()
        {
            string dir = Directory.CreateTempSubdirectory("nanoevse-emu-").FullName;
            string missing = Path.Combine(dir, "no-such-dir", "frames.log");
            StringWriter output = new StringWriter();

            Assert.Equal(EmulatorApp.ExitUsage, EmulatorApp.Run(new[] { "--log", missing }, output, CancellationToken.None));
            Assert.Contains("cannot write --log " + missing + ": ", output.ToString());
            Assert.Equal(EmulatorApp.ExitUsage, EmulatorApp.Run(new[] { "--log", dir }, output, CancellationToken.None));
            Assert.Contains("cannot write --log " + dir + ": ", output.ToString());
            Directory.Delete(dir, recursive: true);
        }

        [Fact]
        public void Options_take_their_value_after_an_equals_sign_too()
        {
            EmulatorOptions options = EmulatorOptions.Parse(new[] { "--speed=120", "--auth-key=0123456789abcdef", "--config", "HeartbeatInterval=5" }, out string error);

            Assert.Null(error);
            Assert.Equal(120, options.Speed);
            Assert.Equal("0123456789abcdef", options.AuthorizationKey);
        }

        [Fact]
        public void Without_a_csms_it_boots_against_the_embedded_one_and_logs_frames_to_a_file()
        {
            string logFile = Path.GetTempFileName();
            StringWriter output = new StringWriter();

            int exit = EmulatorApp.Run(new[] { "--speed", "600", "--log", logFile }, output, CancellationToken.None);

            string text = output.ToString();
            Assert.Equal(EmulatorApp.ExitOk, exit);
            Assert.Contains("Embedded CSMS listening on ws://127.0.0.1:", text);
            Assert.Contains("CP -> CSMS  [2,", text);
            Assert.Contains("\"BootNotification\"", text);
            Assert.Contains("\"status\":\"Accepted\"", text);
            Assert.Contains("\"StatusNotification\"", File.ReadAllText(logFile));
            File.Delete(logFile);
        }
    }
}
