using System.Linq;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Drivers.ControlPilot;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>The charging profiles' limit, as the vehicle sees it on the pilot and the CSMS in the connector's status.</summary>
    public class ChargingLimitTests
    {
        [Theory]
        [InlineData(32, 60, 60, 10.0)]
        [InlineData(32, 105, 105, 17.5)]
        [InlineData(32, 400, 320, 53.333)]
        [InlineData(80, 510, 510, 85.0)]
        [InlineData(80, 800, 800, 96.0)]
        [InlineData(80, 1000, 800, 96.0)]
        [InlineData(80, int.MaxValue, 800, 96.0)]
        public void The_pilot_offers_the_least_of_the_cable_and_the_limit_to_the_tenth_of_an_amp(int cableAmps, int limitDeciAmps, int offeredDeciAmps, double dutyPercent)
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b", maxAmps: cableAmps);
            rig.Evse.EvMaxAmps = 80;
            FakeChargingLimit.On(rig.Charger, limitDeciAmps);

            rig.StartChargingAnyWay("TAG-P", 11);

            Assert.Equal(offeredDeciAmps, rig.Evse.OfferedDeciAmps);
            Assert.Equal(dutyPercent, PilotDuty.ForDeciAmps(rig.Evse.OfferedDeciAmps) * 100, 3);
            Assert.Equal(offeredDeciAmps, rig.Evse.CurrentDeciAmps);
        }

        [Fact]
        public void A_socket_offers_no_more_than_its_cable_whatever_the_limit()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            FakeChargingLimit.On(rig.Charger, 250);
            rig.Evse.Plug(20);
            rig.Evse.AskForEnergy();
            rig.Poll();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-C");
            rig.ExpectAuthorize("TAG-C");
            rig.ExpectStart("TAG-C", 12);
            rig.ExpectStatus("Charging");

            Assert.Equal(200, rig.Evse.OfferedDeciAmps);
        }

        [Fact]
        public void A_new_limit_takes_effect_at_the_next_poll()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger);
            rig.StartCharging("TAG-N", 13);
            Assert.Equal(320, rig.Evse.OfferedDeciAmps);

            limit.DeciAmps = 105;
            rig.Poll(1);

            Assert.Equal(105, rig.Evse.OfferedDeciAmps);
            Assert.Equal(105, rig.Evse.CurrentDeciAmps);
            Assert.Equal(105 * SimulatedConnector.NominalVolts * 3 / 10, rig.Evse.PowerW);
            Assert.Empty(rig.Unread);
        }

        [Theory]
        [InlineData(59)]
        [InlineData(0)]
        public void Below_six_amps_the_transaction_is_suspended_and_resumes_when_the_limit_rises(int deciAmps)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.QuietHeartbeats();
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger);
            rig.StartCharging("TAG-S", 14);

            limit.DeciAmps = deciAmps;
            rig.Poll(1);

            Assert.Equal(0, rig.Evse.OfferedDeciAmps);
            Assert.Equal("B", PilotState.Names[rig.Evse.State]);
            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStatus("SuspendedEVSE");
            long suspendedWh = rig.Evse.EnergyWh;
            Metering.MeteringSteps.RunAnswering(rig, 120_000);
            Assert.Equal(suspendedWh, rig.Evse.EnergyWh);

            limit.DeciAmps = 60;
            rig.Poll(1);

            Assert.Equal(60, rig.Evse.OfferedDeciAmps);
            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Equal(60, rig.Evse.CurrentDeciAmps);
            rig.ExpectStatus("Charging");
            rig.Reader.Present("TAG-S");
            rig.Poll();
            Frame next = rig.ExpectCall(rig.Unread[0].Action);
            rig.Reply(next, "{}");
            Frame stop = next.Action == "StopTransaction" ? next : rig.ExpectStop(14, "Local", "TAG-S");
            Assert.Equal(14, stop.Payload.GetProperty("transactionId").GetInt32());
        }

        [Fact]
        public void A_vehicle_waiting_in_C_without_PWM_is_no_fault_and_the_contactor_opens_after_three_seconds()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.QuietHeartbeats();
            rig.Evse.EvWaitsForPwm = true;
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger);
            rig.StartCharging("TAG-W", 15);

            limit.DeciAmps = 0;
            long withdrawnMs = rig.Now;
            rig.Poll(1);

            Assert.Equal("C", PilotState.Names[rig.Evse.State]);
            Assert.Equal(0, rig.Evse.OfferedDeciAmps);
            Assert.Equal(0, rig.Evse.CurrentDeciAmps);
            Assert.True(rig.Evse.ContactorCommanded);
            rig.ExpectStatus("SuspendedEVSE");

            rig.Run(ConnectorSession.PwmStopGraceMs + 200);

            ContactorCommand opened = rig.Evse.ContactorHistory.Last();
            Assert.False(opened.Closed);
            Assert.InRange(opened.AtMs - withdrawnMs, ConnectorSession.PwmStopGraceMs, ConnectorSession.PwmStopGraceMs + 100);
            Assert.Empty(rig.Unread);

            limit.DeciAmps = 160;
            rig.Poll(1);

            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Equal(160, rig.Evse.CurrentDeciAmps);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void A_transaction_started_under_a_limit_below_six_amps_waits_suspended_without_closing_the_contactor()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.QuietHeartbeats();
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger, 0);
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-Z");
            rig.ExpectAuthorize("TAG-Z");
            rig.ExpectStart("TAG-Z", 16);
            rig.ExpectStatus("SuspendedEVSE");
            rig.Run(10_000);

            Assert.Equal(0, rig.Evse.ContactorCloseCommands);
            Assert.Equal(0, rig.Evse.OfferedDeciAmps);

            limit.DeciAmps = 320;
            rig.Poll(1);

            rig.ExpectStatus("Charging");
            Assert.Equal(320, rig.Evse.CurrentDeciAmps);
        }
    }
}
