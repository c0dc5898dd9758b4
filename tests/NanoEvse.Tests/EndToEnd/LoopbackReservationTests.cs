using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Csms;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.EndToEnd
{
    /// <summary>A reservation made and cancelled by the in-process CSMS over a real loopback WebSocket.</summary>
    public class LoopbackReservationTests
    {
        [Fact]
        public async Task ReserveNow_makes_the_connector_Reserved_and_CancelReservation_makes_it_Available_again()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { HeartbeatIntervalSeconds = 300 });
            await using LoopbackCharger cp = LoopbackCharger.WithModules(csms, "CP-RES", s =>
            {
                s.Hardware = new ChargerHardware(new[] { new SimulatedConnector(new HostClock(), false).Hardware }, null);
            });

            TimeSpan wait = TimeSpan.FromSeconds(10);
            await csms.WaitForCallAsync("CP-RES", "BootNotification", wait);
            await csms.WaitForCallAsync("CP-RES", "StatusNotification", wait);
            ReceivedCall available = await csms.WaitForCallAsync("CP-RES", "StatusNotification", wait);
            CsmsCallResult reserve = await csms.CallAsync("CP-RES", "ReserveNow", new JsonObject
            {
                ["connectorId"] = 1,
                ["expiryDate"] = ChargerRig.Iso(DateTime.UtcNow.AddHours(1)),
                ["idTag"] = "TAG-R",
                ["reservationId"] = 7,
            }, wait);
            ReceivedCall reserved = await csms.WaitForCallAsync("CP-RES", "StatusNotification", wait);
            CsmsCallResult cancel = await csms.CallAsync("CP-RES", "CancelReservation", new JsonObject { ["reservationId"] = 7 }, wait);
            ReceivedCall freed = await csms.WaitForCallAsync("CP-RES", "StatusNotification", wait);

            await cp.DisposeAsync();

            Assert.Equal("Available", available.Payload.GetProperty("status").GetString());
            Assert.Equal(CsmsCallOutcome.Result, reserve.Outcome);
            Assert.Equal("Accepted", reserve.Payload.GetProperty("status").GetString());
            Assert.Equal(1, reserved.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal("Reserved", reserved.Payload.GetProperty("status").GetString());
            Assert.Equal("Accepted", cancel.Payload.GetProperty("status").GetString());
            Assert.Equal("Available", freed.Payload.GetProperty("status").GetString());
            Assert.Empty(csms.Violations);
        }
    }
}
