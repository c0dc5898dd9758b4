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
