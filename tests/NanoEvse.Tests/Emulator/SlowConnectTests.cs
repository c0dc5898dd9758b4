using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>
    /// The issue's hand test, automated: a CSMS host that accepts TCP and never answers, every connection attempt
    /// hanging 30 s first (--slow-connect), and a card and a plug still reach Charging within seconds.
    /// </summary>
    public sealed class SlowConnectTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-slow-").FullName;
        private readonly TcpListener _silent = new TcpListener(IPAddress.Loopback, 0);

        public SlowConnectTests()
        {
            // Accepts connections into its backlog and never reads or writes: the upgrade never gets an answer.
            _silent.Start();
        }

        public void Dispose()
        {
            _silent.Stop();
            Directory.Delete(_dir, recursive: true);
        }

        [Fact]
        public void A_card_and_a_plug_charge_within_seconds_while_every_connect_hangs_against_a_silent_csms()
        {
            int port = ((IPEndPoint)_silent.LocalEndpoint).Port;
            string script = Path.Combine(_dir, "offline.txt");
            File.WriteAllLines(script, new[] { "plug", "swipe CARD-OFF", "ev-charge", "wait Charging", "status" });
            StringWriter output = new StringWriter();
            Stopwatch real = Stopwatch.StartNew();
            using CancellationTokenSource limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));

            int exit = EmulatorApp.Run(
                new[]
                {
                    "--csms", "ws://127.0.0.1:" + port + "/ocpp/CP-SLOW", "--slow-connect", "30",
                    "--config", "AllowOfflineTxForUnknownId=true", "--script", script,
                },
                TextReader.Null, TextWriter.Synchronized(output), limit.Token);

            string text = output.ToString();
            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("connecting to ws://127.0.0.1:" + port, text);
            Assert.Contains("transaction started for CARD-OFF", text);
            Assert.Matches(@"connector 1: Charging/NoError; vehicle plugged, pilot C, offered 32 A, contactor closed", text);
            Assert.DoesNotContain("CP -> CSMS  [", text);
            Assert.True(real.Elapsed < TimeSpan.FromSeconds(20), "took " + real.Elapsed + ":\n" + text);
        }
    }
}
