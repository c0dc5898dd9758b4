using System.Text.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_054: TriggerMessage for MeterValues (connector 1), Heartbeat, StatusNotification (connector 1),
    /// DiagnosticsStatusNotification and FirmwareStatusNotification: each answered Accepted, the answer before the
    /// triggered message, both status notifications Idle. TC_055: MeterValues for connector NumberOfConnectors + 1 is
    /// Rejected and nothing follows. The default profile supports Remote Trigger; the certified products do not.
    /// </summary>
    public class TC_054_055_TriggerMessageTests
    {
        [Fact]
        public void TC_054_every_triggered_message_follows_its_Accepted_answer()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Accepted", rig.Trigger("MeterValues", 1));
            Frame meterValues = rig.ExpectCall("MeterValues");
            Assert.Equal(1, meterValues.Payload.GetProperty("connectorId").GetInt32());
            Assert.False(meterValues.Payload.TryGetProperty("transactionId", out _));
            JsonElement sampled = Assert.Single(meterValues.Payload.GetProperty("meterValue").EnumerateArray()).GetProperty("sampledValue");
            JsonElement value = Assert.Single(sampled.EnumerateArray());
            Assert.Equal("Trigger", value.GetProperty("context").GetString());
            Assert.Equal("Energy.Active.Import.Register", value.GetProperty("measurand").GetString());
            rig.Reply(meterValues, "{}");

            Assert.Equal("Accepted", rig.Trigger("Heartbeat"));
            rig.Reply(rig.ExpectCall("Heartbeat"), "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");

            Assert.Equal("Accepted", rig.Trigger("StatusNotification", 1));
            rig.ExpectStatus("Available");

            Assert.Equal("Accepted", rig.Trigger("DiagnosticsStatusNotification"));
            Frame diagnostics = rig.ExpectCall("DiagnosticsStatusNotification");
            Assert.Equal("Idle", diagnostics.Payload.GetProperty("status").GetString());
            rig.Reply(diagnostics, "{}");

            Assert.Equal("Accepted", rig.Trigger("FirmwareStatusNotification"));
            Frame firmware = rig.ExpectCall("FirmwareStatusNotification");
            Assert.Equal("Idle", firmware.Payload.GetProperty("status").GetString());
            rig.Reply(firmware, "{}");

            rig.ExpectSilence(10000);
        }

        [Fact]
        public void TC_055_MeterValues_for_an_unknown_connector_is_Rejected_and_nothing_is_sent()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            int connectors = rig.Charger.Configuration.Find("NumberOfConnectors").IntValue;

            Assert.Equal("Rejected", rig.Trigger("MeterValues", connectors + 1));

            rig.ExpectSilence(10000);
        }

        [Theory]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void Certified_products_without_Remote_Trigger_answer_NotSupported(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Frame answer = rig.TriggerRaw("{\"requestedMessage\":\"Heartbeat\"}");

            Assert.Equal(4, answer.Type);
            Assert.Equal("NotSupported", answer.ErrorCode);
            Assert.Empty(rig.Unread);
        }
    }
}
