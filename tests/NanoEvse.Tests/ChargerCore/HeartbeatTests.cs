using System;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    public class HeartbeatTests
    {
        private static ChargerRig Registered(int interval)
        {
            ChargerRig rig = new ChargerRig();
            rig.BootAccepted(interval);
            return rig;
        }

        [Fact]
        public void A_new_HeartbeatInterval_reschedules_the_next_heartbeat_at_once()
        {
            ChargerRig rig = Registered(300);
            rig.Run(10000);
            long changedAt = rig.Now;

            Frame change = rig.CallCharger("ChangeConfiguration", "{\"key\":\"HeartbeatInterval\",\"value\":\"15\"}");
            Assert.Equal("Accepted", change.Payload.GetProperty("status").GetString());

            rig.RunUntilCall("Heartbeat", 16000, out long at);
            Assert.InRange(at - changedAt, 4900, 5200);
        }

        [Fact]
        public void HeartbeatInterval_zero_stops_heartbeats()
        {
            ChargerRig rig = Registered(300);
            rig.CallCharger("ChangeConfiguration", "{\"key\":\"HeartbeatInterval\",\"value\":\"0\"}");

            rig.ExpectSilence(3600000);
        }

        [Fact]
        public void The_heartbeat_response_sets_the_clock()
        {
            ChargerRig rig = Registered(60);
            Frame hb = rig.RunUntilCall("Heartbeat", 61000, out _);
            rig.Reply(hb, "{\"currentTime\":\"2027-01-02T03:04:05.678Z\"}");

            Assert.Equal(new DateTime(2027, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), rig.Clock.UtcNow);
        }

        [Fact]
        public void A_negative_HeartbeatInterval_is_rejected_and_changes_nothing()
        {
            ChargerRig rig = Registered(60);
            Frame change = rig.CallCharger("ChangeConfiguration", "{\"key\":\"HeartbeatInterval\",\"value\":\"-5\"}");

            Assert.Equal("Rejected", change.Payload.GetProperty("status").GetString());
            Assert.Equal(60, rig.Charger.Configuration.Find("HeartbeatInterval").IntValue);
        }
    }
}
