using System;
using System.Linq;
using NanoEvse.App;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal.Evse;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Application
{
    /// <summary>
    /// The safety thread opens the contactor on its own, within 100 ms, whatever the main loop does; any exception
    /// and any stall of the main loop ends in "contactor open, cause recorded, restart", and the next boot tells the CSMS.
    /// </summary>
    public class FailSafeTests
    {
        /// <summary>A charger of the profile charging offline on connector 1, link hanging, contactor closed.</summary>
        private static AppRig Charging()
        {
            AppRig rig = new AppRig("default", hangingAttempts: 100);
            rig.Charger.Configuration.Change(KeyNames.AllowOfflineTxForUnknownId, "true");
            rig.PlugAndSwipe("SAFE-1");
            rig.RunUntil(() => rig.Evse.IsClosed, 5000, "charging");
            return rig;
        }

        [Fact]
        public void A_residual_current_trip_opens_the_contactor_within_100_ms_while_the_main_loop_is_stuck()
        {
            AppRig rig = Charging();
            rig.MainLoopStuck = true;
            rig.Evse.ResidualCurrentFault = true;

            long ms = rig.RunUntil(() => !rig.Evse.IsClosed, 1000, "opening the contactor");
            rig.Run(SafetyMonitor.PeriodMs);

            Assert.True(ms <= 100, ms + " ms");
            Assert.Equal(1, rig.App.Safety.Trips);
            Assert.Contains(rig.Log.Lines, l => l.Contains("contactor opened by the safety thread: residual current tripped"));
        }

        [Theory]
        [InlineData("unplugged")]
        [InlineData("pilot shorted")]
        [InlineData("vehicle stops asking")]
        public void Losing_the_pilot_opens_the_contactor_within_100_ms_while_the_main_loop_is_stuck(string how)
        {
            AppRig rig = Charging();
            rig.MainLoopStuck = true;
            switch (how)
            {
                case "unplugged":
                    rig.Evse.Unplug();
                    break;
                case "pilot shorted":
                    rig.Evse.PilotShorted = true;
                    break;
                default:
                    rig.Evse.Pause();
                    break;
            }

            long ms = rig.RunUntil(() => !rig.Evse.IsClosed, 1000, "opening the contactor");

            Assert.True(ms <= 100, ms + " ms");
        }

        [Fact]
        public void A_contactor_that_does_not_follow_its_coil_is_opened_and_held_open_while_the_main_loop_is_stuck()
        {
            AppRig rig = Charging();
            rig.MainLoopStuck = true;
            rig.Evse.ContactorStuckOpen = true;

            rig.RunUntil(() => rig.App.Interlocks[0].Held, ContactorInterlock.FeedbackSettleMs + 100, "holding the contactor open");
            Assert.False(rig.Evse.ContactorCommanded);

            rig.Evse.ContactorStuckOpen = false;
            rig.MainLoopStuck = false;
            rig.Run(2000);
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Equal("Faulted", rig.Charger.Connectors[1].Status);
        }

        [Fact]
        public void A_stalled_main_loop_is_caught_by_the_supervisor_contactor_opened_cause_recorded_and_restarted()
        {
            AppRig rig = Charging();
            rig.MainLoopStuck = true;

            long ms = rig.RunUntil(() => rig.Restarts.Requests.Count > 0, 10_000, "restarting");

            Assert.InRange(ms, LoopSupervisor.StallLimitMs - AppRig.MainLoopPeriodMs, LoopSupervisor.StallLimitMs + 100);
            Assert.False(rig.Evse.IsClosed);
            Assert.Equal(new[] { true }, rig.Restarts.Requests);
            Assert.True(rig.App.Halted);
            Assert.Contains(RestartRecord.FileName, rig.Flash.Names);
            Assert.Contains(rig.Log.Lines, l => l.Contains("main loop stalled"));
        }

        public static TheoryData<string> PollSteps() => new TheoryData<string> { "meter", "pilot", "card reader", "lock", "contactor" };

        [Theory]
        [MemberData(nameof(PollSteps))]
        public void An_exception_from_any_poll_step_opens_the_contactor_records_why_and_restarts(string step)
        {
            AppRig rig = Charging();
            rig.Board.ThrowFrom = step;

            rig.RunUntil(() => rig.Restarts.Requests.Count > 0, 5000, "restarting after the exception");

            Assert.False(rig.Evse.IsClosed);
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.True(rig.App.Halted);
            Assert.Contains(rig.Log.Lines, l => l.Contains(FaultInjectingBoard.Message));
            long passes = rig.App.Passes;
            rig.Run(1000);
            Assert.Equal(passes, rig.App.Passes);
        }

        [Fact]
        public void After_a_fault_restart_the_csms_is_told_why_and_the_charger_reports_no_error_again()
        {
            AppRig rig = new AppRig("default");
            rig.BootAccepted();
            rig.Board.ThrowFrom = "meter";
            rig.RunUntil(() => rig.Restarts.Requests.Count > 0, 5000, "restarting after the exception");
            rig.Board.ThrowFrom = null;

            AppRig rebooted = rig.Reboot();
            Assert.Contains(rebooted.Log.Lines, l => l.Contains("restarted after a fault") && l.Contains(FaultInjectingBoard.Message));
            System.Collections.Generic.List<Frame> statuses = rebooted.BootAccepted();

            Frame first = statuses.First(f => f.Payload.GetProperty("connectorId").GetInt32() == 0);
            Assert.Equal("InternalError", first.Payload.GetProperty("errorCode").GetString());
            string info = first.Payload.GetProperty("info").GetString();
            Assert.StartsWith("restart: unexpected", info);
            Assert.True(info.Length <= 50);
            Frame cleared = statuses.Last(f => f.Payload.GetProperty("connectorId").GetInt32() == 0);
            Assert.NotSame(first, cleared);
            Assert.Equal("NoError", cleared.Payload.GetProperty("errorCode").GetString());
            Assert.DoesNotContain(RestartRecord.FileName, rebooted.Flash.Names);
        }
    }
}
