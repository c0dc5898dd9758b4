using NanoEvse.Emulator.Commands;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The command syntax shared by the console, --script and the demo.</summary>
    public class CommandParserTests
    {
        [Theory]
        [InlineData("plug", CommandKind.Plug, 1, null)]
        [InlineData("plug 2", CommandKind.Plug, 2, null)]
        [InlineData("unplug", CommandKind.Unplug, 1, null)]
        [InlineData("ev-charge 2", CommandKind.EvCharge, 2, null)]
        [InlineData("ev-pause", CommandKind.EvPause, 1, null)]
        [InlineData("swipe 04A1B2C3", CommandKind.Swipe, 1, "04A1B2C3")]
        [InlineData("fault rcd", CommandKind.Fault, 1, "rcd")]
        [InlineData("FAULT Welded 2", CommandKind.Fault, 2, "welded")]
        [InlineData("clear-fault 2", CommandKind.ClearFault, 2, null)]
        [InlineData("remote-start TAG 2", CommandKind.RemoteStart, 2, "TAG")]
        [InlineData("remote-stop", CommandKind.RemoteStop, 1, null)]
        [InlineData("power-cut", CommandKind.PowerCut, 1, null)]
        [InlineData("reboot", CommandKind.Reboot, 1, null)]
        [InlineData("status", CommandKind.Status, 1, null)]
        [InlineData("help", CommandKind.Help, 1, null)]
        [InlineData("  quit   # done", CommandKind.Quit, 1, null)]
        [InlineData("wait online", CommandKind.WaitOnline, 1, null)]
        [InlineData("wait answers", CommandKind.WaitAnswers, 1, null)]
        [InlineData("wait firmware installed", CommandKind.WaitFirmware, 1, "Installed")]
        [InlineData("wait charging 2", CommandKind.WaitStatus, 2, "Charging")]
        [InlineData("wait SuspendedEV", CommandKind.WaitStatus, 1, "SuspendedEV")]
        public void Every_command_reads_its_connector_and_argument(string line, CommandKind kind, int connector, string argument)
        {
            EmulatorCommand command = CommandParser.Parse(line, 2, out string error);

            Assert.Null(error);
            Assert.Equal(kind, command.Kind);
            Assert.Equal(connector, command.Connector);
            Assert.Equal(argument, command.Argument);
        }

        [Theory]
        [InlineData("wait 30s", 30_000)]
        [InlineData("wait 2m", 120_000)]
        [InlineData("wait 1.5h", 5_400_000)]
        [InlineData("wait 500ms", 500)]
        [InlineData("wait 45", 45_000)]
        public void Waits_take_a_duration_in_charger_time(string line, long ms)
        {
            EmulatorCommand command = CommandParser.Parse(line, 1, out string error);

            Assert.Null(error);
            Assert.Equal(CommandKind.Wait, command.Kind);
            Assert.Equal(ms, command.Milliseconds);
        }

        [Fact]
        public void A_conditional_wait_gives_up_after_ten_minutes_of_charger_time()
        {
            Assert.Equal(600_000, CommandParser.Parse("wait online", 1, out _).Milliseconds);
            Assert.Equal(600_000, CommandParser.Parse("wait Available", 1, out _).Milliseconds);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("# a comment")]
        public void Blank_lines_and_comments_are_no_command_and_no_error(string line)
        {
            Assert.Null(CommandParser.Parse(line, 1, out string error));
            Assert.Null(error);
        }

        [Theory]
        [InlineData("jump", "unknown command 'jump'; help lists the commands")]
        [InlineData("plug 2", "'2' is not a connector number; this charger has connector 1 only")]
        [InlineData("plug 0", "'0' is not a connector number")]
        [InlineData("plug one", "'one' is not a connector number")]
        [InlineData("plug 1 2", "plug takes at most a connector number")]
        [InlineData("swipe", "swipe needs one card id")]
        [InlineData("swipe A B", "swipe needs one card id")]
        [InlineData("swipe 123456789012345678901", "a card id has at most 20 characters")]
        [InlineData("remote-start", "remote-start needs a card id")]
        [InlineData("fault", "fault needs a kind: rcd, pilot-short, diode-missing, welded, stuck-open, meter, lock-jammed")]
        [InlineData("fault fire", "(got 'fire')")]
        [InlineData("status now", "status takes no arguments")]
        [InlineData("power-cut 1", "power-cut takes no arguments")]
        [InlineData("wait", "wait needs a duration (500ms, 30s, 2m, 1h), online, answers, firmware STATUS, or a connector status")]
        [InlineData("wait soon", "(got 'soon')")]
        [InlineData("wait -5s", "(got '-5s')")]
        [InlineData("wait 0s", "(got '0s')")]
        [InlineData("wait 30s 1", "(got '30s 1')")]
        [InlineData("wait online 5m", "wait online takes nothing more")]
        [InlineData("wait answers 5m", "wait answers takes nothing more")]
        [InlineData("wait firmware Done", "wait firmware needs one of Downloading, Downloaded, DownloadFailed, Installing, Installed, InstallationFailed, Idle")]
        [InlineData("update-firmware", "update-firmware needs a version, a package file or a URL, then optionally broken")]
        [InlineData("update-firmware 2.0.0 twice", "update-firmware needs a version, a package file or a URL, then optionally broken")]
        [InlineData("get-diagnostics a b", "get-diagnostics takes at most a URL")]
        public void Bad_input_is_refused_with_the_reason(string line, string reason)
        {
            Assert.Null(CommandParser.Parse(line, 1, out string error));
            Assert.Contains(reason, error);
        }

        [Fact]
        public void Help_names_every_command_and_fault_kind()
        {
            foreach (string word in new[] { "plug", "unplug", "ev-charge", "ev-pause", "swipe", "fault", "clear-fault", "power-cut", "reboot", "status", "wait", "quit" })
            {
                Assert.Contains("  " + word + " ", CommandParser.Help);
            }

            foreach (string kind in FaultKinds.Names)
            {
                Assert.Contains(kind, CommandParser.Help);
            }
        }
    }
}
