using System.Collections.Generic;
using System.Text.Json;
using NanoEvse.Tests.Sessions;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_032_2: power fails during a transaction and the charger has no backup power. After the boot the charger
    /// stops the transaction itself: StopTransaction with reason PowerLoss, the transactionId of the session and
    /// meterStop at least meterStart and at least every reading the CSMS got, after the MeterValues the CSMS had not
    /// answered before the cut (oldest first); the connector reports Finishing while the vehicle is still plugged in, and
    /// Available once it is gone. No energy flows without a new authorization.
    /// </summary>
    public class TC_032_PowerFailureWithTransactionTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_032_2_power_failure_during_a_transaction_ends_it_with_PowerLoss_after_the_boot(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.StartRemotely("TAG-A", 32);
            Frame start = new Frame(rig.Link.Sent.FindLast(t => t.Contains("\"StartTransaction\"")));
            rig.Run(90000, 1000);
            long registerAtCut = rig.Evse.EnergyWh;

            JournaledSession.LosePower(rig);
            ChargerRig rebooted = rig.Reboot();
            rebooted.Clock.Advance(20000);
            Frame boot = rebooted.ExpectCall("BootNotification");
            rebooted.Reply(boot, rebooted.BootResponse("Accepted", 300));
            List<Frame> overtaking = new List<Frame>();
            List<Frame> queued = rebooted.AnswerQueuedMeterValues(32, overtaking);
            Frame stop = rebooted.ExpectStop(32, "PowerLoss");
            Dictionary<int, string> statuses = new Dictionary<int, string>();
            overtaking.AddRange(rebooted.AnswerStatusNotifications());
            foreach (Frame status in overtaking)
            {
                statuses[status.Payload.GetProperty("connectorId").GetInt32()] = status.Payload.GetProperty("status").GetString();
            }

            long meterStart = start.Payload.GetProperty("meterStart").GetInt64();
            long meterStop = stop.Payload.GetProperty("meterStop").GetInt64();
            Assert.InRange(meterStop, meterStart + 1, registerAtCut);
            int interval = rig.Charger.Configuration.Find("MeterValueSampleInterval").IntValue;
            Assert.Equal(90 / interval, queued.Count);
            foreach (Frame value in queued)
            {
                JsonElement sampled = value.Payload.GetProperty("meterValue")[0].GetProperty("sampledValue")[0];
                Assert.True(sampled.GetProperty("measurand").GetString() != "Energy.Active.Import.Register" || long.Parse(sampled.GetProperty("value").GetString()) <= meterStop);
            }
            Assert.Equal("Finishing", statuses[1]);
            Assert.False(rebooted.Evse.ContactorCommanded);

            Assert.True(rebooted.Evse.Unplug(), "the socket still holds the cable");
            rebooted.ExpectStatus("Available");
            rebooted.ExpectSilence(60000);
            Assert.False(rebooted.Evse.ContactorCommanded);
        }
    }
}
