using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_005: the vehicle end of the cable is pulled during a session.</summary>
    public class TC_005_EvSideDisconnectTests
    {
        [Fact]
        public void TC_005_1_stop_and_unlock_on_EV_side_disconnect()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 51);

            rig.Evse.Unplug();
            rig.Poll();

            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStop(51, "EVDisconnected");
            rig.ExpectStatus("Finishing");
            Assert.False(rig.Evse.LockCommanded);
            Assert.True(rig.Evse.Unplug());
            rig.Poll();
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void TC_005_1_with_a_fixed_cable_the_connector_is_Available_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b", s => s.Profile.Set("StopTransactionOnEVSideDisconnect", "true"));
            rig.StartCharging("TAG-A", 52);

            rig.Evse.Unplug();
            rig.Poll();

            rig.ExpectStop(52, "EVDisconnected");
            rig.ExpectStatus("Available");
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        public void TC_005_2_stop_but_keep_the_cable_locked_until_UnlockConnector(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnEVSideDisconnect", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("UnlockConnectorOnEVSideDisconnect", "false"));
            rig.StartChargingAnyWay("TAG-A", 53);

            Assert.False(rig.Evse.Unplug());
            rig.Poll();

            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStop(53, "EVDisconnected");
            rig.ExpectStatus("Finishing");
            Assert.True(rig.Evse.IsLocked);
            Assert.False(rig.Evse.Unplug());
            rig.ExpectSilence(5000);

            Assert.Equal("Unlocked", rig.UnlockConnector());
            Assert.True(rig.Evse.Unplug());
            rig.ExpectStatus("Available");
        }

        [Theory]
        [InlineData("default", "Finishing")]
        [InlineData("product-a", "Finishing")]
        [InlineData("product-b", "Available")]
        public void TC_005_3_keep_the_transaction_suspended_until_RemoteStop(string profile, string statusAfterStop)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeConfiguration("HeartbeatInterval", "3600"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnEVSideDisconnect", "false"));
            rig.StartChargingAnyWay("TAG-A", 54);

            rig.Evse.Unplug();
            rig.Poll();

            Frame suspended = rig.ExpectStatus("SuspendedEV");
            Assert.Equal("EV side disconnected", suspended.Payload.GetProperty("info").GetString());
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Equal(0, rig.Evse.CurrentDeciAmps);
            rig.ExpectSilence(5000);

            Frame answer = rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":54}");

            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectStop(54, "Remote");
            Frame after = rig.ExpectStatus(statusAfterStop);
            Assert.False(after.Payload.TryGetProperty("info", out _));
            if (statusAfterStop == "Finishing")
            {
                rig.Evse.Unplug();
                rig.ExpectStatus("Available");
            }
        }

        [Fact]
        public void TC_005_3_with_a_socket_the_lock_follows_UnlockConnectorOnEVSideDisconnect()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            rig.StartChargingRemotely("TAG-A", 55);

            rig.Evse.Unplug();
            rig.ExpectStatus("SuspendedEV");

            Assert.True(rig.Evse.IsLocked);
            Assert.False(rig.Evse.Unplug());
        }
    }
}
