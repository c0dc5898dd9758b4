using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_030 (the lock does not open) and TC_031 (a connector the charger does not have).</summary>
    public class TC_030_031_UnlockFailureTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        public void TC_030_a_lock_that_stays_closed_answers_UnlockFailed_after_its_settle_time(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.StartChargingAnyWay("TAG-A", 301);
            rig.Evse.LockJammed = true;

            rig.SendUnlockConnector("jam-1");

            Assert.Null(rig.TakeAnswer("jam-1"));
            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStop(301, "UnlockCommand");
            rig.ExpectStatus("Finishing");
            rig.Run(SocketLock.SettleMs);
            Frame answer = rig.TakeAnswer("jam-1");
            Assert.NotNull(answer);
            Assert.Equal("UnlockFailed", LockSteps.StatusOf(answer));
            Assert.True(rig.Evse.IsLocked);
            Assert.Contains(rig.Log.Lines, l => l.Contains("lock did not open"));
        }

        [Fact]
        public void TC_030_once_the_lock_moves_again_a_new_UnlockConnector_is_Unlocked()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 302);
            rig.Evse.LockJammed = true;
            rig.SendUnlockConnector("jam-1");
            rig.ExpectStop(302, "UnlockCommand");
            rig.ExpectStatus("Finishing");
            rig.Run(SocketLock.SettleMs);
            Assert.Equal("UnlockFailed", LockSteps.StatusOf(rig.TakeAnswer("jam-1")));

            rig.Evse.LockJammed = false;

            Assert.Equal("Unlocked", rig.UnlockConnector());
            Assert.True(rig.Evse.Unplug());
            rig.ExpectStatus("Available");
        }

        [Theory]
        [InlineData("default", 2)]
        [InlineData("default", 0)]
        [InlineData("product-a", 2)]
        [InlineData("product-b", 2)]
        [InlineData("product-b", -1)]
        public void TC_031_unlocking_a_connector_the_charger_does_not_have_is_NotSupported(string profile, int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Assert.Equal("NotSupported", rig.UnlockConnector(connectorId));

            rig.ExpectSilence(5000);
        }
    }
}
