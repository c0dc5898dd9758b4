using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using Xunit;
using static NanoEvse.Tests.Emulator.EmulatorHarness;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>
    /// The embedded CSMS's operator console in scripts: every CSMS call prints the charger's answer on one line, and
    /// csms shapes the CSMS's own answers. Each call is followed by wait answers, so its answer is printed before the next.
    /// </summary>
    public sealed class OperatorConsoleTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-ops-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void Every_csms_call_prints_the_chargers_answer()
        {
            (int exit, string text) = Run("--script", Script(
                "wait online",
                "get-config HeartbeatInterval NoSuchKey", "wait answers",
                "change-config HeartbeatInterval 120", "wait answers",
                "change-config NoSuchKey 1", "wait answers",
                "clear-cache", "wait answers",
                "data-transfer ACME hello", "wait answers",
                "trigger Heartbeat", "wait answers",
                "send-local-list full 3 CARD-A CARD-B:Blocked", "wait answers",
                "get-local-list-version", "wait answers",
                "reserve 1 CARD-A 15 7", "wait answers",
                "cancel-reservation 7", "wait answers",
                "cancel-reservation 8", "wait answers",
                "limit 1 10 600", "wait answers",
                "composite 1 60", "wait answers",
                "clear-charging-profile", "wait answers",
                "unlock", "wait answers",
                "change-availability 1 Inoperative", "wait answers",
                "reset soft", "wait answers"), "--speed", "20");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("GetConfiguration: HeartbeatInterval=", text);
            Assert.Contains("; unknown: NoSuchKey", text);
            Assert.Contains("ChangeConfiguration: Accepted", text);
            Assert.Contains("ChangeConfiguration: NotSupported", text);
            Assert.Contains("ClearCache: Accepted", text);
            Assert.Contains("DataTransfer: UnknownVendorId", text);
            Assert.Contains("TriggerMessage: Accepted", text);
            Assert.Contains("SendLocalList: Accepted", text);
            Assert.Contains("GetLocalListVersion: list version 3", text);
            Assert.Contains("ReserveNow: Accepted", text);
            Assert.Contains("CancelReservation: Accepted", text);
            Assert.Contains("CancelReservation: Rejected", text);
            Assert.Contains("SetChargingProfile: Accepted", text);
            Assert.Contains("GetCompositeSchedule: Accepted, connectorId 1", text);
            Assert.Contains("ClearChargingProfile: Accepted", text);
            Assert.Contains("UnlockConnector: Unlocked", text);
            Assert.Contains("ChangeAvailability: Accepted", text);
            Assert.Contains("Reset: Accepted", text);
        }

        [Fact]
        public void Calls_for_connector_0_address_the_whole_charger()
        {
            (int exit, string text) = Run("--script", Script(
                "wait online", "change-availability 0 Inoperative", "wait answers", "limit 0 16", "wait answers", "composite 0 60", "wait answers", "wait Unavailable", "status"), "--speed", "20");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("ChangeAvailability: Accepted", text);
            Assert.Contains("SetChargingProfile: Accepted", text);
            Assert.Contains("GetCompositeSchedule: Accepted, connectorId 0", text);
            Assert.Contains("connector 0 Unavailable", text);
        }

        [Fact]
        public void A_call_the_charger_refuses_prints_its_callerror()
        {
            (int exit, string text) = Run("--profile", "product-a", "--script", Script("wait online", "reserve 1 CARD 5", "wait answers"), "--speed", "20");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("ReserveNow: CALLERROR NotSupported", text);
        }

        [Fact]
        public async Task Against_another_csms_the_operator_commands_say_they_need_the_embedded_one()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();

            (int exit, string text) = Run("--csms", csms.Url("CP-OPS"), "--script", Script("reset hard"));
            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("Reset needs the embedded CSMS (run without --csms)", text);

            (exit, text) = Run("--csms", csms.Url("CP-OPS"), "--script", Script("csms boot Pending"));
            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("csms needs the embedded CSMS", text);
        }

        [Fact]
        public void Csms_answers_follow_the_csms_command()
        {
            (int exit, string text) = Run("--script", Script(
                "csms boot Pending",
                "wait 3s",
                "status",
                "csms normal BootNotification",
                "wait online",
                "csms tag BAD-CARD Blocked",
                "csms error Heartbeat InternalError",
                "trigger Heartbeat", "wait 2s",
                "csms silent DataTransfer",
                "plug", "ev-charge", "swipe BAD-CARD", "wait 2s",
                "status"), "--speed", "20");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("the CSMS answers BootNotification with Pending", text);
            Assert.Contains("\"status\":\"Pending\"", text);
            Assert.Contains("connected, boot not accepted", text);
            Assert.Contains("the CSMS answers card BAD-CARD with Blocked", text);
            Assert.Contains("\"idTagInfo\":{\"status\":\"Blocked\"}", text);
            Assert.Contains("\"InternalError\",\"set by csms error\"", text);
            Assert.Contains("the CSMS leaves DataTransfer unanswered", text);
            Assert.Contains("connector 1: Preparing/NoError", text);
        }

        [Fact]
        public void Config_dumps_the_keys_and_set_goes_through_the_chargers_rules()
        {
            (int exit, string text) = Run("--script", Script(
                "set HeartbeatInterval 77", "set HeartbeatInterval soon", "set NoSuchKey 1", "set NumberOfConnectors 3", "config"), "--speed", "20");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("set HeartbeatInterval: Accepted", text);
            Assert.Contains("set HeartbeatInterval: Rejected", text);
            Assert.Contains("set NoSuchKey: NotSupported", text);
            Assert.Contains("set NumberOfConnectors: Rejected", text);
            Assert.Contains("  HeartbeatInterval = 77", text);
            Assert.Contains("  NumberOfConnectors = 1 (read-only)", text);
            Assert.DoesNotContain("AuthorizationKey =", text);
        }

        private string Script(params string[] lines)
        {
            string path = Path.Combine(_dir, "ops.txt");
            File.WriteAllLines(path, lines);
            return path;
        }
    }
}
