using System;
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
            RecordingLog log = new RecordingLog();
            using HostWebSocketTransport transport = new HostWebSocketTransport();
            ChargerSettings settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse(csms.Url("CP-LIST"), out _),
                Profile = ChargerProfiles.Default(),
                Modules = NanoEvse.Emulator.LinkedModules.Build(),
            };
            Charger charger = new Charger(settings, new HostClock(), transport, log, new Random(5), new SimulatedFlash());

            using CancellationTokenSource stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            Task loop = Task.Run(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    charger.Poll();
                    Thread.Sleep(5);
                }
            });

            TimeSpan wait = TimeSpan.FromSeconds(10);
            await csms.WaitForCallAsync("CP-LIST", "BootNotification", wait);
            CsmsCallResult send = await csms.CallAsync("CP-LIST", "SendLocalList", new
            {
                listVersion = 3,
                updateType = "Full",
                localAuthorizationList = new object[]
                {
                    new { idTag = "TAG-A", idTagInfo = new { status = "Accepted", parentIdTag = "GROUP-1" } },
                    new { idTag = "TAG-B", idTagInfo = new { status = "Blocked" } },
                },
            }, wait);
            CsmsCallResult version = await csms.CallAsync("CP-LIST", "GetLocalListVersion", new { }, wait);

            stop.Cancel();
            await loop;

            Assert.Equal(CsmsCallOutcome.Result, send.Outcome);
            Assert.Equal("Accepted", send.Payload.GetProperty("status").GetString());
            Assert.Equal(CsmsCallOutcome.Result, version.Outcome);
            Assert.Equal(3, version.Payload.GetProperty("listVersion").GetInt32());
            Assert.Empty(csms.Violations);
        }
    }
}
