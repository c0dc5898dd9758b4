using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using NanoEvse.Emulator;
using Xunit;
using static NanoEvse.Tests.Emulator.EmulatorHarness;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>The ev command's vehicle model in a charging run, and what status and help say about a tripped residual-current monitor.</summary>
    public sealed class EvModelAndTripTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-ev-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void The_vehicles_phases_current_and_battery_set_the_power_and_a_full_battery_stops_asking()
        {
            (int exit, string text) = Run("--script", Script(
                "ev phases 1", "ev amps 16", "ev battery 10", "ev soc 50",
                "wait online", "plug", "ev-charge", "swipe CARD", "wait Charging", "wait 10s", "status",
                "ev soc 90", "wait 10s", "status",
                "ev soc 99.5", "wait 20m", "status"), "--speed", "600");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("connector 1: the vehicle charges on 1 phase(s), up to 16 A, never full", text);
            Assert.Contains("connector 1: the vehicle charges on 1 phase(s), up to 16 A, 10 kWh battery at 50 %", text);
            Assert.Matches(@"connector 1: Charging/NoError; vehicle plugged, pilot C, offered 32 A, contactor closed, 3680 W", text);
            Assert.Matches(@"connector 1: Charging/NoError; vehicle plugged, pilot C, offered 32 A, contactor closed, 18\d\d W", text);
            Assert.Matches(@"connector 1: SuspendedEV/NoError; vehicle plugged, pilot B, .*, 0 W, .*10 kWh battery at 100 %", text);
        }

        [Fact]
        public void Without_a_battery_the_state_of_charge_cannot_be_set()
        {
            (int exit, string text) = Run("--script", Script("ev soc 50"), "--speed", "600");

            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("the vehicle's battery is not modelled: set its size first (ev battery KWH)", text);
        }

        [Fact]
        public void Status_and_help_say_what_a_tripped_residual_current_monitor_waits_for()
        {
            (int exit, string text) = Run("--script", Script(
                "wait online", "plug", "fault rcd", "wait 2s", "status",
                "clear-fault", "reboot", "wait online", "status",
                "unplug", "wait 4s", "help",
                "wait Available", "status"), "--speed", "600");

            Assert.True(exit == EmulatorApp.ExitOk, text);
            Assert.Contains("connector 1: residual-current monitor tripped: re-armed 10 s after the cable is out, once the injected rcd fault is cleared (clear-fault)", text);
            Assert.Contains("connector 1: residual-current monitor tripped: re-armed 10 s after the cable is out (unplug to start the count)", text);
            Assert.Matches(@"Commands \(N is[\s\S]*connector 1: residual-current monitor tripped: re-armed 10 s after the cable is out \(in [5-6] s\)", text);
            string afterRecovery = text.Substring(text.LastIndexOf("> status", StringComparison.Ordinal));
            Assert.Contains("connector 1: Available/NoError", afterRecovery);
            Assert.DoesNotContain("residual-current monitor tripped", afterRecovery);
        }

        private string Script(params string[] lines)
        {
            string path = Path.Combine(_dir, "ev.txt");
            File.WriteAllLines(path, lines);
            return path;
        }
    }
}
