using System.Linq;
using NanoEvse.Emulator;
using NanoEvse.Emulator.Commands;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    public class EmulatorScriptTests
    {
        [Fact]
        public void A_script_keeps_its_commands_in_order_with_their_line_numbers()
        {
            string[] lines =
            {
                "# plug in and charge",
                "wait online",
                "",
                "plug",
                "swipe CARD-1   # the owner's card",
                "wait 2m",
                "wait Charging",
            };

            EmulatorScript script = EmulatorScript.Parse("session.txt", lines, 1, out string error);

            Assert.Null(error);
            Assert.Equal(new[] { CommandKind.WaitOnline, CommandKind.Plug, CommandKind.Swipe, CommandKind.Wait, CommandKind.WaitStatus },
                script.Commands.Select(c => c.Kind));
            Assert.Equal(new[] { 2, 4, 5, 6, 7 }, script.Commands.Select(c => c.Line));
            Assert.Equal(120_000, script.Commands[3].Milliseconds);
            Assert.Equal("session.txt line 5", script.Where(script.Commands[2]));
        }

        [Fact]
        public void The_first_bad_line_is_named_with_its_number()
        {
            string[] lines = { "plug", "wait 30s", "wait a bit", "frobnicate" };

            Assert.Null(EmulatorScript.Parse("session.txt", lines, 1, out string error));
            Assert.StartsWith("session.txt line 3: wait needs a duration", error);
        }

        [Fact]
        public void An_unreadable_script_file_is_reported()
        {
            Assert.Null(EmulatorScript.Load("/nonexistent/session.txt", 1, out string error));
            Assert.StartsWith("cannot read --script /nonexistent/session.txt", error);
        }

        [Theory]
        [InlineData(true, false, "swipe DEMO-CARD")]
        [InlineData(false, false, "remote-start DEMO-CARD")]
        public void The_demo_is_a_whole_session_started_the_way_the_charger_can(bool reader, bool evPlugged, string start)
        {
            EmulatorScript demo = DemoScript.Build(reader, evPlugged, 1);

            string[] texts = demo.Commands.Select(c => c.Text).ToArray();
            Assert.Equal("wait online", texts[0]);
            Assert.Contains("plug", texts);
            Assert.Contains(start, texts);
            Assert.Contains("wait 5m", texts);
            Assert.Equal("wait Available", texts[^1]);
        }

        [Fact]
        public void With_a_vehicle_already_plugged_the_demo_does_not_plug_one()
        {
            EmulatorScript demo = DemoScript.Build(true, true, 1);

            Assert.DoesNotContain("plug", demo.Commands.Select(c => c.Text));
            Assert.DoesNotContain("ev-charge", demo.Commands.Select(c => c.Text));
        }
    }
}
