using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_049: a reservation of connectorId 0 (ReserveConnectorZeroSupported=true). On a one-connector charger the only
    /// connector is the one kept for the tag, so it reports Reserved and takes no other tag.
    /// </summary>
    public class TC_049_ReserveConnectorZeroTests
    {
        [Fact]
        public void TC_049_connector_0_reserves_the_only_connector_and_the_transaction_carries_the_reservationId()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("true", rig.GetConfiguration("ReserveConnectorZeroSupported")["ReserveConnectorZeroSupported"].Value);
            Assert.Equal("Accepted", rig.ReserveNow(0, "TAG-R", 51));
            rig.ExpectStatus("Reserved");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-X");
            rig.ExpectSilence(2000);
            Assert.Equal("Rejected", rig.RemoteStart("TAG-X"));

            rig.Reader.Present("TAG-R");
            rig.ExpectAuthorize("TAG-R");
            Frame start = rig.ExpectStart("TAG-R", 61);
            ReservationSteps.AssertReservation(start, 51);
            rig.ExpectStatus("Charging");
            Assert.Equal("Rejected", rig.CancelReservation(51));
        }

        [Fact]
        public void TC_049_a_second_connector_0_reservation_finds_no_connector_left()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(0, "TAG-R", 52));
            rig.ExpectStatus("Reserved");
            Assert.Equal("Occupied", rig.ReserveNow(0, "TAG-S", 53));
            Assert.Equal("Occupied", rig.ReserveNow(1, "TAG-S", 53));
            Assert.Equal("Accepted", rig.ReserveNow(0, "TAG-S", 52));
            rig.ExpectSilence(2000);
        }
    }
}
