using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>--auto-plug: the embedded CSMS drives a whole session with nobody at the console.</summary>
    public sealed class AutoPlugTests : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-autoplug-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void The_option_is_read()
        {
            Assert.True(EmulatorOptions.Parse(new[] { "--auto-plug" }, out _).AutoPlug);
            Assert.False(EmulatorOptions.Parse(new string[0], out _).AutoPlug);
        }

        [Fact]
        public async Task A_remote_start_brings_a_vehicle_that_charges_and_leaves_after_the_remote_stop()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            string script = Path.Combine(_dir, "idle.txt");
            File.WriteAllLines(script, new[] { "wait online", "wait 12h" });
            using CancellationTokenSource stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            StringWriter output = new StringWriter();
            Task<int> run = Task.Run(() => EmulatorApp.Run(new[] { "--csms", csms.Url("CP-AUTO"), "--auto-plug", "--script", script, "--speed", "60" },
                TextReader.Null, TextWriter.Synchronized(output), stop.Token));

            await csms.WaitForCallAsync("CP-AUTO", "BootNotification", Patience);
            await ExpectStatus(csms, "Available");
            CsmsCallResult start = await csms.CallAsync("CP-AUTO", "RemoteStartTransaction", new JsonObject { ["connectorId"] = 1, ["idTag"] = "REMOTE-1" }, Patience);
            ReceivedCall started = await csms.WaitForCallAsync("CP-AUTO", "StartTransaction", Patience);
            await ExpectStatus(csms, "Charging");
            ReceivedCall meterValues = await csms.WaitForCallAsync("CP-AUTO", "MeterValues", Patience);
            int transactionId = TransactionIdGiven(csms, started.MessageId);
            CsmsCallResult remoteStop = await csms.CallAsync("CP-AUTO", "RemoteStopTransaction", new JsonObject { ["transactionId"] = transactionId }, Patience);
            ReceivedCall stopped = await csms.WaitForCallAsync("CP-AUTO", "StopTransaction", Patience);
            await ExpectStatus(csms, "Available");
            stop.Cancel();

            Assert.Equal(EmulatorApp.ExitOk, await run);
            Assert.Equal("Accepted", start.Payload.GetProperty("status").GetString());
            Assert.Equal("REMOTE-1", started.Payload.GetProperty("idTag").GetString());
            long meterStart = started.Payload.GetProperty("meterStart").GetInt64();
            JsonElement sampled = meterValues.Payload.GetProperty("meterValue")[0].GetProperty("sampledValue")[0];
            Assert.True(long.Parse(sampled.GetProperty("value").GetString()) > meterStart, "no energy flowed: " + meterValues.Text);
            Assert.Equal("Accepted", remoteStop.Payload.GetProperty("status").GetString());
            Assert.Equal(transactionId, stopped.Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal("Remote", stopped.Payload.GetProperty("reason").GetString());
            string text = output.ToString();
            Assert.Contains("auto-plug: a driver plugs a vehicle into connector 1 for REMOTE-1", text);
            Assert.Contains("auto-plug: the vehicle on connector 1 is unplugged", text);
        }

        /// <summary>Takes StatusNotifications in order until connector 1 reports <paramref name="status"/>.</summary>
        private static async Task ExpectStatus(EmbeddedCsms csms, string status)
        {
            while (true)
            {
                ReceivedCall call = await csms.WaitForCallAsync("CP-AUTO", "StatusNotification", Patience);
                if (call.Payload.GetProperty("connectorId").GetInt32() == 1 && call.Payload.GetProperty("status").GetString() == status)
                {
                    return;
                }
            }
        }

        /// <summary>The transactionId the CSMS gave in its answer to the StartTransaction <paramref name="messageId"/>.</summary>
        private static int TransactionIdGiven(EmbeddedCsms csms, string messageId)
        {
            CsmsFrame answer = csms.Frames.First(f => f.Direction == FrameDirection.CsmsToCharger && f.Text.StartsWith("[3,\"" + messageId + "\"", StringComparison.Ordinal));
            return JsonDocument.Parse(answer.Text).RootElement[2].GetProperty("transactionId").GetInt32();
        }
    }
}
