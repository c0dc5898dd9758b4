using NanoEvse.Emulator.Commands;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The syntax of the operator console (CSMS calls), csms, config, set and ev.</summary>
    public class OperatorCommandParserTests
    {
        [Theory]
        [InlineData("reset soft", "reset", 1)]
        [InlineData("change-availability 0 Inoperative", "change-availability", 0)]
        [InlineData("unlock 2", "unlock", 2)]
        [InlineData("get-config", "get-config", 1)]
        [InlineData("get-config HeartbeatInterval MeterValueSampleInterval", "get-config", 1)]
        [InlineData("change-config HeartbeatInterval 60", "change-config", 1)]
        [InlineData("clear-cache", "clear-cache", 1)]
        [InlineData("data-transfer ACME hello some data", "data-transfer", 1)]
        [InlineData("trigger statusnotification 2", "trigger", 2)]
        [InlineData("get-local-list-version", "get-local-list-version", 1)]
        [InlineData("send-local-list diff 4 A B:Blocked C:-", "send-local-list", 1)]
        [InlineData("reserve 2 CARD 15 7", "reserve", 2)]
        [InlineData("cancel-reservation 7", "cancel-reservation", 1)]
        [InlineData("limit 1 7.5 600", "limit", 1)]
        [InlineData("set-charging-profile 0 16", "limit", 0)]
        [InlineData("clear-charging-profile 101", "clear-charging-profile", 1)]
        [InlineData("composite 1 3600", "composite", 1)]
        public void Every_csms_call_reads_its_connector(string line, string name, int connector)
        {
            EmulatorCommand command = CommandParser.Parse(line, 2, out string error);

            Assert.Null(error);
            Assert.Equal(CommandKind.CsmsCall, command.Kind);
            Assert.Equal(name, command.Argument);
            Assert.Equal(connector, command.Connector);
        }

        [Theory]
        [InlineData("reset now", "reset needs soft or hard")]
        [InlineData("change-availability 3 Operative", "change-availability needs a connector")]
        [InlineData("unlock 0", "unlock takes at most a connector number")]
        [InlineData("change-config HeartbeatInterval", "change-config needs a key and a value")]
        [InlineData("clear-cache all", "clear-cache takes no arguments")]
        [InlineData("trigger Coffee", "trigger needs one of BootNotification")]
        [InlineData("send-local-list full 1 A:Sometimes", "send-local-list needs full or diff")]
        [InlineData("reserve 1 CARD 0", "reserve needs a connector")]
        [InlineData("limit 1 lots", "limit needs a connector")]
        [InlineData("composite 1", "composite needs a connector")]
        [InlineData("csms boot Maybe", "csms boot needs Accepted, Pending or Rejected")]
        [InlineData("csms tag CARD Lost", "csms tag needs a card id and")]
        [InlineData("csms error Coffee InternalError", "csms error needs an action")]
        [InlineData("csms silent", "csms silent needs an action")]
        [InlineData("csms", "csms needs boot, tag, error, silent or normal")]
        [InlineData("set HeartbeatInterval", "set needs a key and a value")]
        [InlineData("config all", "config takes no arguments")]
        [InlineData("ev phases 2", "ev needs phases 1|3")]
        [InlineData("ev soc 101", "ev needs phases 1|3")]
        [InlineData("ev amps 16 3", "ev needs phases 1|3")]
        public void Bad_input_is_refused_with_the_reason(string line, string reason)
        {
            Assert.Null(CommandParser.Parse(line, 2, out string error));
            Assert.Contains(reason, error);
        }

        [Theory]
        [InlineData("csms boot pending", new[] { "boot", "Pending" })]
        [InlineData("csms tag CARD blocked", new[] { "tag", "CARD", "Blocked" })]
        [InlineData("csms error heartbeat internalerror", new[] { "error", "Heartbeat", "InternalError" })]
        [InlineData("csms silent StatusNotification", new[] { "silent", "StatusNotification" })]
        [InlineData("csms normal Authorize", new[] { "normal", "Authorize" })]
        public void Csms_answers_are_normalised_to_the_names_OCPP_uses(string line, string[] words)
        {
            EmulatorCommand command = CommandParser.Parse(line, 1, out string error);

            Assert.Null(error);
            Assert.Equal(CommandKind.CsmsAnswer, command.Kind);
            Assert.Equal(words, command.Words);
        }

        [Theory]
        [InlineData("set HeartbeatInterval 60", CommandKind.Set, "HeartbeatInterval", 1)]
        [InlineData("config", CommandKind.Config, null, 1)]
        [InlineData("ev battery 64.5 2", CommandKind.Ev, "battery", 2)]
        [InlineData("EV Phases 1", CommandKind.Ev, "phases", 1)]
        public void Simulation_commands_read_their_argument(string line, CommandKind kind, string argument, int connector)
        {
            EmulatorCommand command = CommandParser.Parse(line, 2, out string error);

            Assert.Null(error);
            Assert.Equal(kind, command.Kind);
            Assert.Equal(argument, command.Argument);
            Assert.Equal(connector, command.Connector);
        }

        [Fact]
        public void Help_names_every_new_command()
        {
            foreach (string word in new[]
            {
                "reset", "change-availability", "unlock", "get-config", "change-config", "clear-cache", "data-transfer", "trigger",
                "get-local-list-version", "send-local-list", "reserve", "cancel-reservation", "limit", "clear-charging-profile",
                "composite", "csms boot", "csms tag", "csms error", "csms silent", "csms normal", "config", "set", "ev",
            })
            {
                Assert.Contains("  " + word + " ", CommandParser.Help);
            }
        }
    }
}
