using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    /// <summary>A CSMS whose JSON library writes integers as 3e2 or 1.0 is still understood, as the OCPP schemas allow.</summary>
    public class WholeNumberNotationTests
    {
        [Fact]
        public void A_boot_interval_written_3e2_sets_heartbeats_five_minutes_apart()
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\",\"interval\":3e2}");
            rig.AnswerStatusNotifications();
            long acceptedAt = rig.Now;

            rig.RunUntilCall("Heartbeat", 301000, out long at);

            Assert.InRange(at - acceptedAt, 299000, 300200);
        }

        [Fact]
        public void ChangeAvailability_of_connector_1_0_makes_connector_1_Unavailable()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Frame answer = rig.CallCharger("ChangeAvailability", "{\"connectorId\":1.0,\"type\":\"Inoperative\"}");

            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectStatus("Unavailable", 1);
        }

        [Fact]
        public void A_connectorId_of_1_5_is_a_TypeConstraintViolation()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Frame answer = rig.CallCharger("ChangeAvailability", "{\"connectorId\":1.5,\"type\":\"Inoperative\"}");

            Assert.Equal(4, answer.Type);
            Assert.Equal("TypeConstraintViolation", answer.ErrorCode);
        }
    }
}
