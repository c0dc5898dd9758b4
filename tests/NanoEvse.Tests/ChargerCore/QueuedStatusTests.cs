using System.Linq;
using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    /// <summary>
    /// A StatusNotification that could not go out yet (behind a CALL the CSMS has not answered, or queued when the
    /// link dropped) is replaced by a newer one for the same connector: the CSMS learns the current status once,
    /// not the history it missed (MicroOcpp needed this for OCTT TC_037_1/2).
    /// </summary>
    public class QueuedStatusTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void Statuses_queued_behind_an_unanswered_call_reach_the_CSMS_as_the_latest_one(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            rig.PlugInEv();
            rig.ExpectCall("StatusNotification");

            // Preparing is never answered; meanwhile the vehicle leaves, comes back and leaves again.
            rig.UnplugFully();
            rig.Run(1000);
            rig.PlugInEv();
            rig.Run(1000);
            rig.UnplugFully();
            rig.Run(1000);
            Assert.Empty(rig.Unread);

            // MessageTimeout (30 s) after Preparing went out, the CSMS hears the current status once.
            rig.Run(27500);
            rig.ExpectStatus("Available");
            rig.ExpectSilence(5000);
        }

        /// <summary>A status that waits for a prompt answer is no outage: Charging, then SuspendedEVSE, both reach the CSMS.</summary>
        [Fact]
        public void A_status_queued_behind_an_answered_call_is_still_sent()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnInvalidId", "false"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-X");
            rig.ExpectAuthorize("TAG-X");

            rig.ExpectStart("TAG-X", 3, "Invalid");
            rig.ExpectStatus("Charging");
            rig.ExpectStatus("SuspendedEVSE");
        }

        [Fact]
        public void Statuses_queued_when_the_link_dropped_are_reduced_to_the_latest_per_connector()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.QuietHeartbeats();
            rig.PlugInEv();
            rig.ExpectCall("StatusNotification");
            rig.UnplugFully();
            rig.Run(1000);
            rig.PlugInEv();
            rig.Run(1000);
            Assert.Empty(rig.Unread);

            rig.GoOffline();
            rig.Run(5000);
            rig.UnplugFully();
            rig.Run(5000);
            rig.Reconnect();

            var statuses = rig.AnswerStatusNotifications()
                .Select(f => (f.Payload.GetProperty("connectorId").GetInt32(), f.Payload.GetProperty("status").GetString()))
                .ToList();
            Assert.Equal(new[] { (1, "Available") }, statuses);
            rig.ExpectSilence(5000);
        }
    }
}
