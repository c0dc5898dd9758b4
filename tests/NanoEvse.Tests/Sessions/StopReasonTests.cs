using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// The StopTransaction reasons not covered by a conformance case: a charger fault during a session, and a reboot
    /// the charger decides itself. (Local, Remote, EVDisconnected, DeAuthorized, HardReset, SoftReset, UnlockCommand
    /// and PowerLoss are proven by TC_003-TC_069, TC_015/016, TC_018_1 and TC_032.)
    /// </summary>
    public class StopReasonTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void A_residual_current_trip_while_charging_stops_the_transaction_with_EmergencyStop(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.StartCharging("TAG-A", 21);
            rig.Evse.ResidualCurrentFault = true;

            List<Frame> calls = AnswerNext(rig, 2);
            Frame stop = calls.Single(c => c.Action == "StopTransaction");
            Assert.Equal("EmergencyStop", stop.Payload.GetProperty("reason").GetString());
            Assert.Equal(21, stop.Payload.GetProperty("transactionId").GetInt32());
            Frame status = calls.Single(c => c.Action == "StatusNotification");
            Assert.Equal("Faulted", status.Payload.GetProperty("status").GetString());
            Assert.Equal("GroundFailure", status.Payload.GetProperty("errorCode").GetString());
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Null(rig.Charger.Charging.Find(1).Transaction);
        }

        [Fact]
        public void A_meter_that_cannot_be_read_while_charging_stops_the_transaction_with_Other()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 22);
            rig.Evse.MeterUnreadable = true;
            rig.Run(1500);

            List<Frame> calls = AnswerNext(rig, 2);
            Assert.Equal("Other", calls.Single(c => c.Action == "StopTransaction").Payload.GetProperty("reason").GetString());
            Frame status = calls.Single(c => c.Action == "StatusNotification");
            Assert.Equal("Faulted", status.Payload.GetProperty("status").GetString());
            Assert.Equal("PowerMeterFailure", status.Payload.GetProperty("errorCode").GetString());
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void A_reboot_decided_at_the_charger_stops_the_transaction_with_Reboot_before_restarting()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 23);
            Assert.True(rig.Charger.ResetSequence.RequestReboot());
            Assert.Empty(rig.Restarts.Requests);

            rig.ExpectStop(23, "Reboot");
            rig.ExpectStatus("Finishing");
            rig.Poll();
            Assert.Equal(new[] { true }, rig.Restarts.Requests);
        }

        private static List<Frame> AnswerNext(ChargerRig rig, int count)
        {
            List<Frame> calls = new List<Frame>();
            rig.Poll();
            while (calls.Count < count)
            {
                Assert.True(rig.Unread.Count > 0, "expected " + count + " calls, got " + calls.Count);
                Frame call = rig.ExpectCall(rig.Unread[0].Action);
                calls.Add(call);
                rig.Reply(call, "{}");
            }

            return calls;
        }
    }
}
