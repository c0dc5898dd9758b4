using System.IO;
using System.Threading;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The emulator's network-down / network-up commands: charging goes on offline and the charger finds its way back.</summary>
    public sealed class NetworkOutageTests : System.IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-outage-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void A_session_started_before_an_outage_is_stopped_during_it_and_both_messages_reach_the_csms_afterwards()
        {
            string script = Path.Combine(_dir, "outage.txt");
            File.WriteAllLines(script, new[]
            {
                "wait online", "plug", "ev-charge", "swipe CARD-9", "wait Charging",
                "network-down", "wait 2m", "status", "swipe CARD-9", "wait 1m",
                "network-up", "wait online", "wait Finishing", "unplug", "wait Available",
            });
            StringWriter output = new StringWriter();
            using CancellationTokenSource limit = new CancellationTokenSource(System.TimeSpan.FromSeconds(60));

            int exit = EmulatorApp.Run(new[] { "--script", script, "--speed", "120" }, TextReader.Null, TextWriter.Synchronized(output), limit.Token);

            string text = output.ToString();
            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.True(text.Contains("network down, not connected"), text);
            Assert.Matches(@"connector 1: Charging/NoError; vehicle plugged, pilot C, offered 32 A, contactor closed", text);
            Assert.Contains("network joined", text);
            int stop = text.IndexOf("\"StopTransaction\"", System.StringComparison.Ordinal);
            int secondBoot = text.IndexOf("network up", System.StringComparison.Ordinal);
            Assert.True(stop > secondBoot && secondBoot > 0, "the StopTransaction goes out after the network is back:\n" + text);
            Assert.Matches(@"CP -> CSMS calls .*StopTransaction 1", text);
        }
    }
}
