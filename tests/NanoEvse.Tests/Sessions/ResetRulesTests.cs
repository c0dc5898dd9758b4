using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>Reset: answered first, transactions stopped, restart once the CSMS has heard it all or could not.</summary>
    public class ResetRulesTests
    {
        [Fact]
        public void The_Reset_answer_goes_out_before_the_StopTransaction()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartRemotely("TAG-A", 61);
            int before = rig.Link.Sent.Count;

            rig.Reset("Soft");

            List<Frame> sent = rig.Link.Sent.Skip(before).Select(text => new Frame(text)).ToList();
            Assert.Equal(3, sent[0].Type);
            Assert.Equal("StopTransaction", sent[1].Action);
        }

        [Fact]
        public void Without_a_restart_hook_Reset_is_Rejected_and_nothing_stops()
        {
            ChargerRig rig = ChargerRig.WithHardware(configure: s => s.Restart = null);
            rig.StartRemotely("TAG-A", 62);

            Assert.Equal("Rejected", rig.Reset("Hard"));
            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);
        }

        [Theory]
        [InlineData("{\"type\":\"Warm\"}", "PropertyConstraintViolation")]
        [InlineData("{\"type\":1}", "TypeConstraintViolation")]
        [InlineData("{}", "OccurenceConstraintViolation")]
        public void A_malformed_Reset_is_a_CALLERROR_and_restarts_nothing(string payload, string errorCode)
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal(errorCode, rig.CallCharger("Reset", payload).ErrorCode);
            rig.Run(60000);
            Assert.Empty(rig.Restarts.Requests);
        }

        [Fact]
        public void A_charger_core_without_sessions_restarts_at_once()
        {
            ChargerRig rig = new ChargerRig();
            rig.BootAccepted();

            Assert.Equal("Accepted", rig.Reset("Soft"));
            Assert.Equal(new List<bool> { false }, rig.Restarts.Requests);
        }

        [Fact]
        public void An_unanswered_StopTransaction_holds_the_restart_off_for_MessageTimeout_at_most()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartRemotely("TAG-A", 63);
            int timeoutSeconds = 30;
            Assert.Equal("Accepted", rig.ChangeConfiguration("MessageTimeout", timeoutSeconds.ToString()));

            rig.Reset("Hard");
            rig.ExpectCall("StopTransaction");
            Assert.Empty(rig.Restarts.Requests);

            rig.Run(timeoutSeconds * 1000 + 1000);
            Assert.Equal(new List<bool> { true }, rig.Restarts.Requests);
        }

        [Fact]
        public void No_transaction_starts_while_a_reset_is_pending()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartRemotely("TAG-A", 64);

            rig.Reset("Soft");
            Frame stop = rig.ExpectCall("StopTransaction");
            Assert.Equal("Rejected", rig.RemoteStart("TAG-B"));
            rig.Reader.Present("TAG-C");
            rig.Reply(stop, "{}");
            rig.ExpectStatus("Finishing");

            Assert.Single(rig.Restarts.Requests);
            Assert.Empty(rig.Unread);
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void A_scheduled_Inoperative_takes_effect_at_the_reset_stop_and_survives_the_restart()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartRemotely("TAG-A", 65);
            Assert.Equal("Scheduled", rig.ChangeAvailability(1, "Inoperative"));

            rig.Reset("Soft");
            rig.ExpectStop(65, "SoftReset");
            rig.ExpectStatus("Unavailable");
            Assert.Single(rig.Restarts.Requests);

            Dictionary<int, string> statuses = rig.Reboot().BootAndReadStatuses();
            Assert.Equal("Unavailable", statuses[1]);
        }
    }
}
