using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_051 and TC_052: CancelReservation of a known id frees the connector; an unknown id is Rejected.</summary>
    public class TC_051_052_CancelReservationTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(0)]
        public void TC_051_cancel_makes_the_connector_Available_and_the_next_transaction_has_no_reservationId(int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(connectorId, "TAG-R", 71));
            rig.ExpectStatus("Reserved");

            Assert.Equal("Accepted", rig.CancelReservation(71));
            rig.ExpectStatus("Available");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-R");
            rig.ExpectAuthorize("TAG-R");
            Frame start = rig.ExpectStart("TAG-R", 81);
            ReservationSteps.AssertReservation(start, null);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_052_an_unknown_reservationId_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Rejected", rig.CancelReservation(72));
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 73));
            rig.ExpectStatus("Reserved");
            Assert.Equal("Rejected", rig.CancelReservation(72));
            rig.ExpectSilence(2000);
        }
    }
}
