using System;
using System.Globalization;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>The ev command: what real cars differ in, set on the simulated vehicle of one connector.</summary>
    public static class EvParameters
    {
        public const string Help =
            "  ev PARAM VALUE [N]   the vehicle: phases 1|3, amps A (its maximum), battery KWH (0: never full),\n" +
            "                       soc PERCENT; with a battery it draws less above 80 % and stops asking at 100 %\n" +
            "                       (the default car: 3 phases, 32 A, never full)\n";

        private static readonly string[] Names = { "phases", "amps", "battery", "soc" };

        public static EmulatorCommand Parse(string[] words, string text, int connectors, int lineNumber, out string error)
        {
            error = null;
            string name = words.Length > 1 ? words[1].ToLowerInvariant() : null;
            double value = 0;
            bool valid = (words.Length == 3 || words.Length == 4) && Array.IndexOf(Names, name) >= 0
                && double.TryParse(words[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            valid = valid && name switch
            {
                "phases" => value == 1 || value == 3,
                "amps" => value == Math.Floor(value) && value <= SimulatedConnector.MaxOfferAmps,
                "soc" => value <= 100,
                _ => true,
            };
            int connector = 1;
            if (valid && words.Length == 4)
            {
                connector = CsmsCallSyntax.Number(words[3]);
                valid = connector >= 1 && connector <= connectors;
            }

            if (!valid)
            {
                error = "ev needs phases 1|3, amps 0-" + SimulatedConnector.MaxOfferAmps + ", battery KWH or soc 0-100, then optionally a connector";
                return null;
            }

            return new EmulatorCommand(CommandKind.Ev, text) { Argument = name, Words = new[] { words[2] }, Connector = connector, Line = lineNumber };
        }

        /// <summary>Sets the parameter on <paramref name="evse"/>; returns what the vehicle is now.</summary>
        public static string Apply(SimulatedConnector evse, string name, string word)
        {
            double value = double.Parse(word, CultureInfo.InvariantCulture);
            switch (name)
            {
                case "phases":
                    evse.EvPhases = (int)value;
                    break;
                case "amps":
                    evse.EvMaxAmps = (int)value;
                    break;
                case "battery":
                    evse.BatteryWh = (long)(value * 1000);
                    break;
                default:
                    if (evse.BatteryWh == 0)
                    {
                        throw new InvalidOperationException("the vehicle's battery is not modelled: set its size first (ev battery KWH)");
                    }

                    evse.StateOfChargePercent = value;
                    break;
            }

            return Describe(evse);
        }

        /// <summary>The vehicle's parameters on one line.</summary>
        public static string Describe(SimulatedConnector evse)
        {
            return evse.EvPhases + " phase(s), up to " + evse.EvMaxAmps + " A, " + (evse.BatteryWh == 0 ? "never full"
                : (evse.BatteryWh / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + " kWh battery at "
                + evse.StateOfChargePercent.ToString("0.#", CultureInfo.InvariantCulture) + " %");
        }
    }
}
