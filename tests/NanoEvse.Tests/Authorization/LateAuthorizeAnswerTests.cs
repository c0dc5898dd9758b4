using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// An Authorize answer that comes after the driver has left, or after ConnectionTimeOut, starts nothing: the next
    /// driver's vehicle must never be charged on the previous driver's card.
    /// </summary>
    public class LateAuthorizeAnswerTests
    {
        [Fact]
        public void An_accepted_answer_arriving_after_the_vehicle_left_does_not_start_a_session_for_the_next_vehicle()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            rig.QuietHeartbeats();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("DRIVER-A");
            Frame lateAnswer = rig.ExpectCall("Authorize");

            // The unanswered Authorize holds the status changes back (one CALL at a time); the CSMS answers it only
            // after the first vehicle has left and the next one is plugged in.
            rig.UnplugFully();
            rig.Run(1000);
            rig.PlugInEv();
            rig.Run(1000);
            rig.Reply(lateAnswer, "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            rig.Run(5000);
            System.Collections.Generic.List<Frame> after = rig.AnswerStatusNotifications();

            Assert.Empty(rig.Unread);
            Assert.Equal("Preparing", after[after.Count - 1].Payload.GetProperty("status").GetString());
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Contains(rig.Log.Lines, l => l.Contains("DRIVER-A decided too late (the vehicle has left)"));

            rig.Reader.Present("DRIVER-B");
            rig.ExpectAuthorize("DRIVER-B");
            rig.ExpectStart("DRIVER-B", 21);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void An_accepted_answer_arriving_after_ConnectionTimeOut_starts_nothing()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            rig.QuietHeartbeats();
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "20"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MessageTimeout", "60"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("SLOW-CSMS");
            Frame lateAnswer = rig.ExpectCall("Authorize");

            rig.Run(25_000);
            rig.Reply(lateAnswer, "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
            rig.Run(2000);

            Assert.False(rig.Evse.ContactorCommanded);
            Assert.DoesNotContain(rig.Unread, f => f.Action == "StartTransaction");
            Assert.Contains(rig.Log.Lines, l => l.Contains("SLOW-CSMS decided too late (after ConnectionTimeOut)"));
        }
    }
}
