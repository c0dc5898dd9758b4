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
    }
}
