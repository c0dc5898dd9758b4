using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_002 Cold boot charge point - Pending: answer the CSMS while Pending, boot again after the interval.</summary>
    public class TC_002_PendingBootTests
    {
        [Fact]
        public void TC_002_pending_charger_answers_configuration_calls_and_boots_again_after_the_interval()
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, rig.BootResponse("Pending", 30));
            long pendingAt = rig.Now;

            Frame all = rig.CallCharger("GetConfiguration", "{}");
            Assert.Equal(3, all.Type);
            var keys = all.Payload.GetProperty("configurationKey").EnumerateArray()
                .ToDictionary(k => k.GetProperty("key").GetString(), k => k.GetProperty("readonly").GetBoolean());
            Assert.False(keys["MeterValueSampleInterval"]);
            Assert.True(keys["NumberOfConnectors"]);
            Assert.False(all.Payload.TryGetProperty("unknownKey", out _));

            Frame change = rig.CallCharger("ChangeConfiguration", "{\"key\":\"MeterValueSampleInterval\",\"value\":\"30\"}");
            Assert.Equal("Accepted", change.Payload.GetProperty("status").GetString());
            Assert.Equal(30, rig.Charger.Configuration.Find("MeterValueSampleInterval").IntValue);

            rig.ExpectSilence(29000);
            Frame again = rig.RunUntilCall("BootNotification", 2000, out long at);
            Assert.InRange(at - pendingAt, 30000, 30200);
            rig.Reply(again, rig.BootResponse("Accepted", 300));

            Assert.Equal(2, rig.AnswerStatusNotifications().Count);
            rig.RunUntilCall("Heartbeat", 301000, out _);
        }

        [Fact]
        public void TC_002_pending_with_interval_zero_waits_the_charger_s_own_retry_delay()
        {
            ChargerRig rig = new ChargerRig();
            rig.Reply(rig.ExpectCall("BootNotification"), rig.BootResponse("Pending", 0));

            rig.ExpectSilence(29000);
            rig.RunUntilCall("BootNotification", 2000, out _);
        }
    }
}
