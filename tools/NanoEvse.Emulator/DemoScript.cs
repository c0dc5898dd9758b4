using System;
using System.Collections.Generic;
using NanoEvse.Emulator.Commands;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// What the no-argument run does: one whole charging session against the embedded CSMS, written in the same
    /// commands a --script uses. Chargers without a card reader are started and stopped by the CSMS instead.
    /// </summary>
    public static class DemoScript
    {
        public const string Card = "DEMO-CARD";

        /// <summary>Charger time spent charging.</summary>
        public const string ChargingTime = "5m";

        public static EmulatorScript Build(bool cardReader, bool evPlugged, int connectors)
        {
            List<string> lines = new List<string> { "wait online" };
            if (!evPlugged)
            {
                lines.Add("plug");
                lines.Add("ev-charge");
            }

            lines.Add(cardReader ? "swipe " + Card : "remote-start " + Card);
            lines.Add("wait Charging");
            lines.Add("wait " + ChargingTime);
            lines.Add("status");
            lines.Add(cardReader ? "swipe " + Card : "remote-stop");
            lines.Add("wait Finishing");
            lines.Add("unplug");
            lines.Add("wait Available");
            EmulatorScript script = EmulatorScript.Parse("demo", lines, connectors, out string error);
            return script ?? throw new InvalidOperationException("the built-in demo does not parse: " + error);
        }
    }
}
