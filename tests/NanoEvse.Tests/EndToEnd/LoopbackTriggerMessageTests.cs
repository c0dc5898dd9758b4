using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Csms;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.EndToEnd
{
    /// <summary>Remote Trigger over a real loopback WebSocket: the embedded CSMS triggers a StatusNotification.</summary>
    public class LoopbackTriggerMessageTests
    {
        [Fact]
        public async Task The_csms_reads_Accepted_then_the_triggered_StatusNotification()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            await using LoopbackCharger cp = LoopbackCharger.WithModules(csms, "CP-TRIGGER");

            TimeSpan wait = TimeSpan.FromSeconds(10);
            await csms.WaitForCallAsync("CP-TRIGGER", "BootNotification", wait);
            await csms.WaitForCallAsync("CP-TRIGGER", "StatusNotification", wait);
            await csms.WaitForCallAsync("CP-TRIGGER", "StatusNotification", wait);
            CsmsCallResult trigger = await csms.CallAsync("CP-TRIGGER", "TriggerMessage",
                new JsonObject { ["requestedMessage"] = "StatusNotification", ["connectorId"] = 1 }, wait);
            ReceivedCall status = await csms.WaitForCallAsync("CP-TRIGGER", "StatusNotification", wait);

            await cp.DisposeAsync();

            Assert.Equal(CsmsCallOutcome.Result, trigger.Outcome);
            Assert.Equal("Accepted", trigger.Payload.GetProperty("status").GetString());
            Assert.Equal(1, status.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal("Available", status.Payload.GetProperty("status").GetString());
            List<CsmsFrame> frames = csms.Frames.ToList();
            int answer = frames.FindIndex(f => f.Direction == FrameDirection.ChargerToCsms && f.Text.StartsWith("[3,") && f.Text.Contains("\"Accepted\""));
            int triggered = frames.FindIndex(f => f.Direction == FrameDirection.ChargerToCsms && f.Text.Contains("\"" + status.MessageId + "\""));
            Assert.InRange(answer, 0, triggered - 1);
            Assert.Empty(csms.Violations);
        }
    }
}
