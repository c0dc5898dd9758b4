using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_017 and TC_018: UnlockConnector with and without a session, on a socket and on a fixed cable.</summary>
    public class TC_017_018_UnlockConnectorTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        public void TC_017_1_unlock_without_a_session_on_a_socket_is_Unlocked(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Assert.Equal("Unlocked", rig.UnlockConnector());

            Assert.False(rig.Evse.LockCommanded);
            rig.ExpectSilence(5000);
        }

        [Fact]
        public void TC_017_2_unlock_without_a_session_on_a_fixed_cable_is_NotSupported()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b");

            Assert.Equal("NotSupported", rig.UnlockConnector());

            rig.ExpectSilence(5000);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        public void TC_018_1_unlock_during_a_session_stops_it_with_UnlockCommand(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.StartChargingAnyWay("TAG-A", 181);

            Assert.Equal("Unlocked", rig.UnlockConnector());

            Assert.False(rig.Evse.ContactorCommanded);
            Assert.False(rig.Evse.IsLocked);
            rig.ExpectStop(181, "UnlockCommand");
            rig.ExpectStatus("Finishing");
            Assert.True(rig.Evse.Unplug());
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void TC_018_2_unlock_during_a_session_on_a_fixed_cable_is_NotSupported_and_charging_goes_on()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b");
            rig.StartCharging("TAG-A", 182);

            Assert.Equal("NotSupported", rig.UnlockConnector());

            Assert.True(rig.Evse.ContactorCommanded);
            rig.ExpectSilence(5000);
        }

        [Fact]
        public void A_slow_lock_is_answered_once_its_feedback_reports_it_open_while_the_charger_keeps_working()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.Evse.LockTravelMs = 300;
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.Run(400);
            rig.ExpectStart("TAG-A", 183);
            rig.ExpectStatus("Charging");

            rig.SendUnlockConnector("slow-1");

            Assert.Null(rig.TakeAnswer("slow-1"));
            rig.ExpectStop(183, "UnlockCommand");
            rig.ExpectStatus("Finishing");
            Assert.True(rig.Evse.IsLocked);
            rig.Run(300);
            Frame answer = rig.TakeAnswer("slow-1");
            Assert.NotNull(answer);
            Assert.Equal("Unlocked", LockSteps.StatusOf(answer));
        }
    }
}
