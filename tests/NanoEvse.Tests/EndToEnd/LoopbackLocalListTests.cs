using System;
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
    /// <summary>The local list managed by the in-process CSMS over a real loopback WebSocket.</summary>
    public class LoopbackLocalListTests
    {
        [Fact]
        public async Task A_full_SendLocalList_then_GetLocalListVersion_over_a_real_websocket()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            await using LoopbackCharger cp = LoopbackCharger.WithModules(csms, "CP-LIST");

            TimeSpan wait = TimeSpan.FromSeconds(10);
            await csms.WaitForCallAsync("CP-LIST", "BootNotification", wait);
            CsmsCallResult send = await csms.CallAsync("CP-LIST", "SendLocalList", new JsonObject
            {
                ["listVersion"] = 3,
                ["updateType"] = "Full",
                ["localAuthorizationList"] = new JsonArray
                {
                    new JsonObject { ["idTag"] = "TAG-A", ["idTagInfo"] = new JsonObject { ["status"] = "Accepted", ["parentIdTag"] = "GROUP-1" } },
                    new JsonObject { ["idTag"] = "TAG-B", ["idTagInfo"] = new JsonObject { ["status"] = "Blocked" } },
                },
            }, wait);
            CsmsCallResult version = await csms.CallAsync("CP-LIST", "GetLocalListVersion", new JsonObject(), wait);

            await cp.DisposeAsync();

            Assert.Equal(CsmsCallOutcome.Result, send.Outcome);
            Assert.Equal("Accepted", send.Payload.GetProperty("status").GetString());
            Assert.Equal(CsmsCallOutcome.Result, version.Outcome);
            Assert.Equal(3, version.Payload.GetProperty("listVersion").GetInt32());
            Assert.Empty(csms.Violations);
        }
    }
}
