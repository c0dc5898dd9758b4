using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Application
{
    /// <summary>A limit below 6 A with the safety thread running: a vehicle left in state C without PWM is no fault.</summary>
    public class SuspendedByLimitTests
    {
        [Fact]
        public void The_interlock_lets_the_core_open_the_contactor_after_the_grace_without_a_trip_or_a_restart()
        {
            AppRig rig = new AppRig("default", hangingAttempts: 100);
            rig.Charger.Configuration.Change(KeyNames.AllowOfflineTxForUnknownId, "true");
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger);
            rig.Evse.EvWaitsForPwm = true;
            rig.PlugAndSwipe("LIMIT-1");
            rig.RunUntil(() => rig.Evse.IsClosed, 5000, "charging");

            limit.DeciAmps = 0;
            long ms = rig.RunUntil(() => !rig.Evse.IsClosed, ConnectorSession.PwmStopGraceMs + 500, "opening the contactor");

            // The PWM stops at the next main-loop pass, and the grace counts from there.
            Assert.InRange(ms, ConnectorSession.PwmStopGraceMs, ConnectorSession.PwmStopGraceMs + AppRig.MainLoopPeriodMs + 20);
            Assert.Equal(0, rig.App.Safety.Trips);
            Assert.False(rig.App.Interlocks[0].Held);
            Assert.Empty(rig.Restarts.Requests);
            Assert.Equal("SuspendedEVSE", rig.Charger.Connectors[1].Status);
            Assert.Equal("NoError", rig.Charger.Connectors[1].ErrorCode);

            limit.DeciAmps = 160;
            rig.RunUntil(() => rig.Evse.IsClosed, 1000, "charging again");
            Assert.Equal(160, rig.Evse.CurrentDeciAmps);
        }
    }
}
