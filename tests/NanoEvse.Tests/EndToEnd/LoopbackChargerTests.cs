using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Csms;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.EndToEnd
{
    /// <summary>The firmware core over a real loopback WebSocket against the in-process CSMS.</summary>
    public class LoopbackChargerTests
    {
        [Fact]
        public async Task Charger_boots_reports_status_heartbeats_and_answers_the_csms_over_a_real_websocket()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions
            {
                HeartbeatIntervalSeconds = 1,
                AuthorizationKeys = { ["CP-E2E"] = "0123456789abcdef0123" },
            });
            await using LoopbackCharger cp = new LoopbackCharger(csms, "CP-E2E", s =>
            {
                s.AuthorizationKey = "0123456789abcdef0123";
            });

            TimeSpan wait = TimeSpan.FromSeconds(10);
            ReceivedCall boot = await csms.WaitForCallAsync("CP-E2E", "BootNotification", wait);
            ReceivedCall status0 = await csms.WaitForCallAsync("CP-E2E", "StatusNotification", wait);
            ReceivedCall status1 = await csms.WaitForCallAsync("CP-E2E", "StatusNotification", wait);
            await csms.WaitForCallAsync("CP-E2E", "Heartbeat", wait);
            await csms.WaitForCallAsync("CP-E2E", "Heartbeat", wait);
            CsmsCallResult config = await csms.CallAsync("CP-E2E", "GetConfiguration",
                new JsonObject { ["key"] = new JsonArray("HeartbeatInterval", "NoSuchKey") }, wait);
            CsmsCallResult unknown = await csms.CallAsync("CP-E2E", "FlyToTheMoon", new JsonObject(), wait);

            await cp.DisposeAsync();

            Assert.Equal("nanoEVSE", boot.Payload.GetProperty("chargePointVendor").GetString());
            Assert.Equal(0, status0.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal(1, status1.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal(CsmsCallOutcome.Result, config.Outcome);
            Assert.Equal("1", config.Payload.GetProperty("configurationKey")[0].GetProperty("value").GetString());
            Assert.Equal("NoSuchKey", config.Payload.GetProperty("unknownKey")[0].GetString());
            Assert.Equal("NotImplemented", unknown.ErrorCode);
            Assert.Empty(csms.Violations);
        }
    }
}
