using System;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_001 Cold boot charge point: Rejected first, retried only after the interval, then Accepted.</summary>
    public class TC_001_ColdBootTests
    {
        [Fact]
        public void TC_001_boot_rejected_then_accepted_reports_every_connector_and_heartbeats_at_the_interval()
        {
            ChargerRig rig = new ChargerRig();

            Frame first = rig.ExpectCall("BootNotification");
            Assert.Equal("nanoEVSE", first.Payload.GetProperty("chargePointVendor").GetString());
            rig.Reply(first, rig.BootResponse("Rejected", 60));

            long rejectedAt = rig.Now;
            Assert.Null(rig.Send("[2,\"tc1-a\",\"GetConfiguration\",{}]", "tc1-a"));
            rig.ExpectSilence(59000);

            Frame retry = rig.RunUntilCall("BootNotification", 2000, out long retryAt);
            Assert.InRange(retryAt - rejectedAt, 60000, 60200);
            rig.Reply(retry, rig.BootResponse("Accepted", 20));

            var statuses = rig.AnswerStatusNotifications();
            Assert.Equal(new[] { 0, 1 }, statuses.Select(s => s.Payload.GetProperty("connectorId").GetInt32()).OrderBy(i => i));
            Assert.All(statuses, s =>
            {
                Assert.Equal("Available", s.Payload.GetProperty("status").GetString());
                Assert.Equal("NoError", s.Payload.GetProperty("errorCode").GetString());
            });

            long acceptedAt = rig.Now;
            long previous = acceptedAt;
            for (int i = 0; i < 3; i++)
            {
                Frame hb = rig.RunUntilCall("Heartbeat", 21000, out long at);
                Assert.InRange(at - previous, 20000, 20200);
                Assert.Empty(hb.Payload.EnumerateObject());
                rig.Reply(hb, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
                previous = at;
            }

            Assert.Equal("20", rig.CallCharger("GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}")
                .Payload.GetProperty("configurationKey")[0].GetProperty("value").GetString());
        }

        [Fact]
        public void TC_001_the_clock_is_set_from_the_boot_response()
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"2031-05-06T07:08:09.123+02:00\",\"interval\":300}");

            Assert.Equal(new DateTime(2031, 5, 6, 5, 8, 9, 123, DateTimeKind.Utc), rig.Clock.UtcNow);
        }

        [Fact]
        public void TC_001_nothing_but_the_boot_notification_goes_out_before_it_is_accepted()
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.ExpectSilence(29000);

            rig.Reply(boot, rig.BootResponse("Accepted", 300));
            Assert.Equal("StatusNotification", rig.ExpectCall("StatusNotification").Action);
        }

        [Fact]
        public void TC_001_a_boot_without_a_response_is_sent_again()
        {
            ChargerRig rig = new ChargerRig();
            rig.ExpectCall("BootNotification");

            rig.RunUntilCall("BootNotification", 30000 + 30000 + 500, out long at);

            Assert.InRange(at, 60000, 60500);
        }
    }
}
