using System.Collections.Generic;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Reservation
{
    /// <summary>Reservations and the reservationId of an unanswered StartTransaction survive a restart.</summary>
    public class ReservationRestartTests
    {
        [Fact]
        public void A_reservation_is_Reserved_again_after_a_reboot_until_its_expiry()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 101, minutes: 4));
            rig.ExpectStatus("Reserved");

            ChargerRig rebooted = rig.Reboot();
            rebooted.Poll();
            Dictionary<int, string> statuses = rebooted.BootAndReadStatuses();
            Assert.Equal("Reserved", statuses[1]);

            rebooted.Reader.Present("TAG-X");
            rebooted.ExpectSilence(2000);
            rebooted.Run(4 * 60 * 1000);
            rebooted.ExpectStatus("Available");
            Assert.Equal("Rejected", rebooted.CancelReservation(101));
        }

        [Fact]
        public void A_cancelled_or_used_reservation_stays_gone_after_a_reboot()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 102));
            rig.ExpectStatus("Reserved");
            Assert.Equal("Accepted", rig.CancelReservation(102));
            rig.ExpectStatus("Available");

            ChargerRig rebooted = rig.Reboot();
            rebooted.Poll();
            Assert.Equal("Available", rebooted.BootAndReadStatuses()[1]);
            Assert.Equal("Rejected", rebooted.CancelReservation(102));
        }

        [Fact]
        public void An_unanswered_StartTransaction_carries_its_reservationId_again_after_a_power_cut()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 103));
            rig.ExpectStatus("Reserved");
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-R");
            rig.ExpectAuthorize("TAG-R");
            Frame unanswered = rig.ExpectCall("StartTransaction");
            ReservationSteps.AssertReservation(unanswered, 103);

            ChargerRig rebooted = rig.Reboot();
            rebooted.Poll();
            Frame boot = rebooted.ExpectCall("BootNotification");
            rebooted.Reply(boot, rebooted.BootResponse("Accepted", 300));
            rebooted.Poll();
            Frame again = rebooted.ExpectCall("StartTransaction");
            ReservationSteps.AssertReservation(again, 103);
            Assert.Equal(unanswered.Payload.GetProperty("timestamp").GetString(), again.Payload.GetProperty("timestamp").GetString());
            rebooted.Reply(again, "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":111}");
            rebooted.Poll();
            rebooted.AnswerStatusNotifications();
            rebooted.ExpectStop(111, "PowerLoss");
            Assert.Equal("Rejected", rebooted.CancelReservation(103));
        }
    }
}
