using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_046_1, TC_046_2 and TC_047: a reserved connector takes only its tag, and is Available again at expiry.</summary>
    public class TC_046_047_ReservedConnectorTests
    {
        [Fact]
        public void TC_046_1_the_reserved_tag_starts_with_the_reservationId_and_another_tag_is_refused_without_Authorize()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 11));
            rig.ExpectStatus("Reserved");

            rig.Reader.Present("TAG-X");
            rig.ExpectSilence(2000);
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-X");
            rig.ExpectSilence(2000);
            Assert.False(rig.Evse.ContactorCommanded);

            rig.Reader.Present("tag-r");
            rig.ExpectAuthorize("tag-r");
            Frame start = rig.ExpectCall("StartTransaction");
            Assert.Equal("tag-r", start.Payload.GetProperty("idTag").GetString());
            ReservationSteps.AssertReservation(start, 11);
            rig.Reply(start, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":21}");
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_046_1_the_reserved_tag_may_come_before_the_vehicle()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 12));
            rig.ExpectStatus("Reserved");

            rig.Reader.Present("TAG-R");
            rig.ExpectAuthorize("TAG-R");
            rig.ExpectStatus("Preparing");
            rig.PlugInEv();
            Frame start = rig.ExpectCall("StartTransaction");
            ReservationSteps.AssertReservation(start, 12);
            rig.Reply(start, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":22}");
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_046_2_a_remote_start_for_another_tag_is_rejected_and_for_the_reserved_tag_carries_the_reservationId()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 13));
            rig.ExpectStatus("Reserved");
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            Assert.Equal("Rejected", rig.RemoteStart("TAG-X"));
            rig.ExpectSilence(2000);
            Assert.Equal("Accepted", rig.RemoteStart("TAG-R"));
            rig.ExpectAuthorize("TAG-R");
            Frame start = rig.ExpectStart("TAG-R", 23);
            ReservationSteps.AssertReservation(start, 13);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_046_2_without_AuthorizeRemoteTxRequests_the_reserved_tag_starts_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", "false"));
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 14));
            rig.ExpectStatus("Reserved");
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            Assert.Equal("Rejected", rig.RemoteStart("TAG-X"));
            Assert.Equal("Accepted", rig.RemoteStart("TAG-R"));
            Frame start = rig.ExpectStart("TAG-R", 24);
            ReservationSteps.AssertReservation(start, 14);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_047_an_unused_reservation_expires_to_Available_and_then_any_tag_may_start()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 15, minutes: 2));
            rig.ExpectStatus("Reserved");
            rig.ExpectSilence(110000);

            rig.Run(10000);
            rig.ExpectStatus("Available");
            Assert.Equal("Rejected", rig.CancelReservation(15));
            rig.StartCharging("TAG-X", 25);
        }
    }
}
