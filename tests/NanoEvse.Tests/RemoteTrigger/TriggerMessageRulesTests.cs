using System.Linq;
using System.Text.Json;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.RemoteTrigger;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.RemoteTrigger
{
    /// <summary>TriggerMessage beyond TC_054/055, as a CSMS sees it: connectors, registration states, payload errors.</summary>
    public class TriggerMessageRulesTests
    {
        [Fact]
        public void StatusNotification_without_connector_reports_the_charger_and_every_connector()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Accepted", rig.Trigger("StatusNotification"));

            Assert.Equal(new[] { 0, 1 }, rig.AnswerStatusNotifications().Select(f => f.Payload.GetProperty("connectorId").GetInt32()).OrderBy(c => c));
            rig.ExpectSilence(5000);
        }

        [Fact]
        public void StatusNotification_for_connector_0_reports_the_charger_itself()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Accepted", rig.Trigger("StatusNotification", 0));

            rig.ExpectStatus("Available", connector: 0);
            rig.ExpectSilence(5000);
        }

        [Fact]
        public void StatusNotification_reports_the_current_status_in_a_session()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            rig.StartCharging("CARD-1", 41);

            Assert.Equal("Accepted", rig.Trigger("StatusNotification", 1));

            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void MeterValues_in_a_transaction_carry_its_id_and_every_sampled_measurand_and_skip_the_journal()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            rig.StartCharging("CARD-1", 42);
            rig.Run(5000);

            Assert.Equal("Accepted", rig.Trigger("MeterValues"));

            Frame frame = rig.ExpectCall("MeterValues");
            Assert.Equal(1, frame.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal(42, frame.Payload.GetProperty("transactionId").GetInt32());
            JsonElement[] sampled = frame.Payload.GetProperty("meterValue")[0].GetProperty("sampledValue").EnumerateArray().ToArray();
            Assert.Equal(new[] { "Energy.Active.Import.Register", "Power.Active.Import" }, sampled.Select(s => s.GetProperty("measurand").GetString()));
            Assert.All(sampled, s => Assert.Equal("Trigger", s.GetProperty("context").GetString()));
            Assert.Equal(ChargerRig.Iso(rig.Clock.UtcNow), frame.Payload.GetProperty("meterValue")[0].GetProperty("timestamp").GetString());

            // Not a transaction message: a CALLERROR is not retried (a journaled value would come again after 60 s).
            rig.ReplyError(frame, "InternalError");
            rig.ExpectSilence(130000);
        }

        [Fact]
        public void MeterValues_for_connector_0_is_Rejected_as_there_is_no_main_meter()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Rejected", rig.Trigger("MeterValues", 0));

            rig.ExpectSilence(5000);
        }

        [Fact]
        public void MeterValues_is_NotImplemented_by_a_charger_without_meters()
        {
            ChargerRig rig = ChargerRig.ForProfile("default");
            rig.BootAccepted();

            Assert.Equal("NotImplemented", rig.Trigger("MeterValues", 1));
        }

        [Theory]
        [InlineData("Heartbeat")]
        [InlineData("DiagnosticsStatusNotification")]
        [InlineData("FirmwareStatusNotification")]
        public void A_known_connector_is_ignored_where_the_message_concerns_the_charger(string message)
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Accepted", rig.Trigger(message, 1));

            rig.ExpectCall(message);
        }

        [Theory]
        [InlineData("Heartbeat", 2)]
        [InlineData("StatusNotification", 2)]
        [InlineData("StatusNotification", -1)]
        [InlineData("MeterValues", -1)]
        public void An_unknown_connector_is_Rejected(string message, int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Rejected", rig.Trigger(message, connectorId));

            rig.ExpectSilence(5000);
        }

        [Theory]
        [InlineData("{\"requestedMessage\":\"SignChargePointCertificate\"}", "PropertyConstraintViolation")]
        [InlineData("{\"requestedMessage\":\"heartbeat\"}", "PropertyConstraintViolation")]
        [InlineData("{\"connectorId\":1}", "OccurenceConstraintViolation")]
        [InlineData("{\"requestedMessage\":\"Heartbeat\",\"connectorId\":\"1\"}", "TypeConstraintViolation")]
        [InlineData("{\"requestedMessage\":3}", "TypeConstraintViolation")]
        public void A_malformed_request_is_a_CALLERROR_and_triggers_nothing(string payload, string errorCode)
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Frame answer = rig.TriggerRaw(payload);

            Assert.Equal(4, answer.Type);
            Assert.Equal(errorCode, answer.ErrorCode);
            rig.ExpectSilence(5000);
        }

        [Fact]
        public void A_triggered_Heartbeat_restarts_the_interval()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            rig.Run(200000);

            Assert.Equal("Accepted", rig.Trigger("Heartbeat"));
            rig.Reply(rig.ExpectCall("Heartbeat"), "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");

            rig.ExpectSilence(299000);
            rig.RunUntilCall("Heartbeat", 2000, out _);
        }

        [Theory]
        [InlineData(null)]
        [InlineData(1)]
        public void A_registered_charger_refuses_a_triggered_BootNotification_as_the_errata_recommend(int? connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            // Errata 3.35/3.40: once accepted, a BootNotification would tell the CSMS the charger restarted when it did not.
            Assert.Equal("Rejected", rig.Trigger("BootNotification", connectorId));

            rig.ExpectSilence(5000);
            Assert.True(rig.Charger.Registration.IsAccepted);
            Assert.Equal("Accepted", rig.Trigger("StatusNotification", 1));
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void While_Pending_only_a_BootNotification_may_be_triggered_and_it_goes_at_once()
        {
            ChargerRig rig = new ChargerRig(configure: s => s.Profile = NanoEvse.ChargePoint.Configuration.ChargerProfiles.Default(), hardware: true);
            rig.Reply(rig.ExpectCall("BootNotification"), rig.BootResponse("Pending", 300));

            Assert.Equal("Rejected", rig.Trigger("Heartbeat"));
            Assert.Equal("Rejected", rig.Trigger("StatusNotification"));
            Assert.Equal("Accepted", rig.Trigger("BootNotification"));

            rig.Reply(rig.ExpectCall("BootNotification"), rig.BootResponse("Accepted", 300));
            Assert.Equal(2, rig.AnswerStatusNotifications().Count);
        }

        [Fact]
        public void Diagnostics_and_firmware_statuses_come_from_the_file_transfer_seam()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");
            rig.Charger.FileTransfers = new Transfers();

            Assert.Equal("Accepted", rig.Trigger("DiagnosticsStatusNotification"));
            Assert.Equal("Uploading", rig.ExpectCall("DiagnosticsStatusNotification").Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void A_trigger_for_a_message_already_queued_sends_it_once()
        {
            ChargerRig rig = ChargerRig.WithHardware("default");

            Assert.Equal("Accepted", rig.Trigger("Heartbeat"));
            Assert.Equal("Accepted", rig.Trigger("Heartbeat"));

            Frame heartbeat = rig.ExpectCall("Heartbeat");
            rig.Reply(heartbeat, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
            rig.ExpectSilence(5000);
        }

        private sealed class Transfers : IFileTransferStatus
        {
            public string DiagnosticsStatus => "Uploading";
            public string FirmwareStatus => "Idle";
        }
    }
}
