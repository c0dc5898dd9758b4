using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Reservation
{
    /// <summary>A reservation ends when its connector can no longer serve it: made Unavailable, or Faulted.</summary>
    public class ReservationEndTests
    {
        [Fact]
        public void A_connector_made_Unavailable_loses_its_reservation_and_comes_back_Available()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 91));
            rig.ExpectStatus("Reserved");

            Assert.Equal("Accepted", rig.ChangeAvailability(1, "Inoperative"));
            rig.ExpectStatus("Unavailable");
            Assert.Equal("Accepted", rig.ChangeAvailability(1, "Operative"));

            rig.ExpectStatus("Available");
            Assert.Equal("Rejected", rig.CancelReservation(91));
        }

        [Fact]
        public void A_Faulted_connector_loses_its_reservation_and_another_tag_may_charge_once_repaired()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 92));
            rig.ExpectStatus("Reserved");

            rig.Evse.MeterUnreadable = true;
            rig.Run(2000);
            rig.ExpectStatus("Faulted", errorCode: "PowerMeterFailure");
            rig.Evse.MeterUnreadable = false;
            rig.Run(2000);

            rig.ExpectStatus("Available");
            Assert.Equal("Rejected", rig.CancelReservation(92));
            rig.StartCharging("OTHER-TAG", 93);
        }
    }
}
