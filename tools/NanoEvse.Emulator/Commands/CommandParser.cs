using System;
using System.Globalization;
using NanoEvse.ChargePoint.Model;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>Reads one command line: the console, scripts and the demo share this syntax.</summary>
    public static class CommandParser
    {
        /// <summary>How long a conditional wait (online, a status) may take in charger time before a script fails.</summary>
        public const long ConditionLimitMs = 10 * 60_000;

        /// <summary>OCPP's CiString20 for idTag.</summary>
        private const int MaxTagLength = 20;

        private static readonly string[] FirmwareStatuses =
        {
            "Downloading", "Downloaded", "DownloadFailed", "Installing", "Installed", "InstallationFailed", "Idle",
        };

        private static readonly string[] Statuses =
        {
            ConnectorStatus.Available, ConnectorStatus.Preparing, ConnectorStatus.Charging, ConnectorStatus.SuspendedEV,
            ConnectorStatus.SuspendedEVSE, ConnectorStatus.Finishing, ConnectorStatus.Reserved, ConnectorStatus.Unavailable,
            ConnectorStatus.Faulted,
        };

        public static readonly string Help =
            "Commands (N is a connector number, 1 when left out; # starts a comment):\n" +
            "  plug [N]             plug a vehicle in (pilot B; a socket gets a 32 A cable)\n" +
            "  unplug [N]           pull the cable out at the vehicle (a locked socket keeps its end)\n" +
            "  ev-charge [N]        the vehicle asks for energy (pilot C once the charger offers current)\n" +
            "  ev-pause [N]         the vehicle stops asking (pilot B)\n" +
            "  swipe TAG            present a card to the reader\n" +
            "  fault KIND [N]       inject a fault: " + string.Join(", ", FaultKinds.Names) + "\n" +
            "  clear-fault [N]      remove every injected fault\n" +
            "  remote-start TAG [N] the embedded CSMS sends RemoteStartTransaction\n" +
            "  remote-stop [N]      the embedded CSMS sends RemoteStopTransaction for the connector's transaction\n" +
            "  power-cut            the charger loses power: no goodbye, then it boots again on the same flash\n" +
            "  reboot               the charger closes its connection, then boots again on the same flash\n" +
            "  network-down         the charger's network goes away: the link drops, joins fail, charging goes on\n" +
            "  network-up           the network is back: the charger joins it again and reconnects by itself\n" +
            "  status               the charger, its connectors and the vehicles\n" +
            "  config               every configuration key and its value, as GetConfiguration shows them\n" +
            "  set KEY VALUE        change a key by the charger's ChangeConfiguration rules\n" +
            EvParameters.Help +
            "  wait DURATION        let charger time pass: 500ms, 30s, 2m, 1h (a bare number is seconds)\n" +
            "  wait online          until the charger is connected and its boot accepted (at most 10m)\n" +
            "  wait STATUS [N]      until the connector is Available, Preparing, Charging, SuspendedEV, SuspendedEVSE,\n" +
            "                       Finishing, Reserved, Unavailable or Faulted (at most 10m)\n" +
            "  wait answers         until every CSMS call below has its answer printed (at most 10m)\n" +
            "  wait firmware STATUS until the charger sends FirmwareStatusNotification STATUS, e.g. Installed (at most 10m)\n" +
            "  help                 this list\n" +
            "  quit                 stop the emulator\n" +
            "The embedded CSMS's operator console (each call prints the charger's answer on one line):\n" +
            CsmsCallSyntax.Help +
            CsmsAnswerSyntax.Help;

        /// <summary>
        /// The command on <paramref name="line"/>, or null: with <paramref name="error"/> set when the line is wrong,
        /// without when it is blank or a comment.
        /// </summary>
        public static EmulatorCommand Parse(string line, int connectors, out string error, int lineNumber = 0)
        {
            error = null;
            int hash = line.IndexOf('#');
            string text = (hash >= 0 ? line.Substring(0, hash) : line).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            string[] words = text.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            string name = words[0].ToLowerInvariant();
            int args = words.Length - 1;
            switch (name)
            {
                case "plug":
                    return WithConnector(CommandKind.Plug, name, words, 1, text, connectors, lineNumber, out error);
                case "unplug":
                    return WithConnector(CommandKind.Unplug, name, words, 1, text, connectors, lineNumber, out error);
                case "ev-charge":
                    return WithConnector(CommandKind.EvCharge, name, words, 1, text, connectors, lineNumber, out error);
                case "ev-pause":
                    return WithConnector(CommandKind.EvPause, name, words, 1, text, connectors, lineNumber, out error);
                case "clear-fault":
                    return WithConnector(CommandKind.ClearFault, name, words, 1, text, connectors, lineNumber, out error);
                case "remote-stop":
                    return WithConnector(CommandKind.RemoteStop, name, words, 1, text, connectors, lineNumber, out error);
                case "swipe":
                    if (args != 1)
                    {
                        error = "swipe needs one card id, e.g. swipe 04A1B2C3";
                        return null;
                    }

                    return WithTag(CommandKind.Swipe, words, text, 2, connectors, lineNumber, out error);
                case "remote-start":
                    if (args < 1 || args > 2)
                    {
                        error = "remote-start needs a card id and optionally a connector, e.g. remote-start 04A1B2C3 1";
                        return null;
                    }

                    return WithTag(CommandKind.RemoteStart, words, text, 2, connectors, lineNumber, out error);
                case "fault":
                    if (args < 1 || args > 2 || !FaultKinds.IsKnown(words[1].ToLowerInvariant()))
                    {
                        error = "fault needs a kind: " + string.Join(", ", FaultKinds.Names) + (args >= 1 ? " (got '" + words[1] + "')" : string.Empty);
                        return null;
                    }

                    return Connector(words, 2, connectors, out error, out int faulty) ? new EmulatorCommand(CommandKind.Fault, text)
                    {
                        Argument = words[1].ToLowerInvariant(),
                        Connector = faulty,
                        Line = lineNumber,
                    } : null;
                case "power-cut":
                    return Bare(CommandKind.PowerCut, name, args, text, lineNumber, out error);
                case "reboot":
                    return Bare(CommandKind.Reboot, name, args, text, lineNumber, out error);
                case "network-down":
                    return Bare(CommandKind.NetworkDown, name, args, text, lineNumber, out error);
                case "network-up":
                    return Bare(CommandKind.NetworkUp, name, args, text, lineNumber, out error);
                case "status":
                    return Bare(CommandKind.Status, name, args, text, lineNumber, out error);
                case "help":
                    return Bare(CommandKind.Help, name, args, text, lineNumber, out error);
                case "quit":
                    return Bare(CommandKind.Quit, name, args, text, lineNumber, out error);
                case "wait":
                    return Wait(words, text, connectors, lineNumber, out error);
                case "config":
                    return Bare(CommandKind.Config, name, args, text, lineNumber, out error);
                case "set":
                    return args >= 2
                        ? new EmulatorCommand(CommandKind.Set, text) { Argument = words[1], Words = new[] { string.Join(" ", words, 2, args - 1) }, Line = lineNumber }
                        : Refuse("set needs a key and a value, e.g. set HeartbeatInterval 60", out error);
                case "ev":
                    return EvParameters.Parse(words, text, connectors, lineNumber, out error);
                case "csms":
                    return CsmsAnswerSyntax.Parse(words, text, lineNumber, out error);
                case string call when CsmsCallSyntax.Names(call):
                    return CsmsCallSyntax.Parse(call, words, text, connectors, lineNumber, out error);
                default:
                    error = "unknown command '" + words[0] + "'; help lists the commands";
                    return null;
            }
        }

        private static EmulatorCommand Wait(string[] words, string text, int connectors, int lineNumber, out string error)
        {
            const string usage = "wait needs a duration (500ms, 30s, 2m, 1h), online, answers, firmware STATUS, or a connector status";
            error = null;
            if (words.Length < 2 || words.Length > 3)
            {
                error = usage;
                return null;
            }

            if (string.Equals(words[1], "online", StringComparison.OrdinalIgnoreCase))
            {
                return words.Length == 2
                    ? new EmulatorCommand(CommandKind.WaitOnline, text) { Milliseconds = ConditionLimitMs, Line = lineNumber }
                    : Refuse("wait online takes nothing more", out error);
            }

            if (string.Equals(words[1], "firmware", StringComparison.OrdinalIgnoreCase))
            {
                string firmware = words.Length == 3 ? Array.Find(FirmwareStatuses, s => string.Equals(s, words[2], StringComparison.OrdinalIgnoreCase)) : null;
                return firmware != null
                    ? new EmulatorCommand(CommandKind.WaitFirmware, text) { Argument = firmware, Milliseconds = ConditionLimitMs, Line = lineNumber }
                    : Refuse("wait firmware needs one of " + string.Join(", ", FirmwareStatuses), out error);
            }

            if (string.Equals(words[1], "answers", StringComparison.OrdinalIgnoreCase))
            {
                return words.Length == 2
                    ? new EmulatorCommand(CommandKind.WaitAnswers, text) { Milliseconds = ConditionLimitMs, Line = lineNumber }
                    : Refuse("wait answers takes nothing more", out error);
            }

            string status = Array.Find(Statuses, s => string.Equals(s, words[1], StringComparison.OrdinalIgnoreCase));
            if (status != null)
            {
                return Connector(words, 2, connectors, out error, out int connector)
                    ? new EmulatorCommand(CommandKind.WaitStatus, text) { Argument = status, Connector = connector, Milliseconds = ConditionLimitMs, Line = lineNumber }
                    : null;
            }

            long ms = DurationText.Parse(words[1]);
            if (ms < 0 || words.Length > 2)
            {
                error = usage + " (got '" + string.Join(" ", words, 1, words.Length - 1) + "')";
                return null;
            }

            return new EmulatorCommand(CommandKind.Wait, text) { Milliseconds = ms, Line = lineNumber };
        }

        private static EmulatorCommand WithConnector(CommandKind kind, string name, string[] words, int at, string text, int connectors, int lineNumber, out string error)
        {
            if (words.Length > at + 1)
            {
                return Refuse(name + " takes at most a connector number", out error);
            }

            return Connector(words, at, connectors, out error, out int connector)
                ? new EmulatorCommand(kind, text) { Connector = connector, Line = lineNumber }
                : null;
        }

        private static EmulatorCommand WithTag(CommandKind kind, string[] words, string text, int connectorAt, int connectors, int lineNumber, out string error)
        {
            if (words[1].Length > MaxTagLength)
            {
                return Refuse("a card id has at most " + MaxTagLength + " characters", out error);
            }

            return Connector(words, connectorAt, connectors, out error, out int connector)
                ? new EmulatorCommand(kind, text) { Argument = words[1], Connector = connector, Line = lineNumber }
                : null;
        }

        private static EmulatorCommand Bare(CommandKind kind, string name, int args, string text, int lineNumber, out string error)
        {
            error = null;
            return args == 0 ? new EmulatorCommand(kind, text) { Line = lineNumber } : Refuse(name + " takes no arguments", out error);
        }

        /// <summary>The connector number at <paramref name="at"/>, 1 when the line ends before it.</summary>
        private static bool Connector(string[] words, int at, int connectors, out string error, out int connector)
        {
            error = null;
            connector = 1;
            if (words.Length <= at)
            {
                return true;
            }

            if (!int.TryParse(words[at], NumberStyles.None, CultureInfo.InvariantCulture, out connector) || connector < 1 || connector > connectors)
            {
                error = "'" + words[at] + "' is not a connector number; this charger has " +
                    (connectors == 1 ? "connector 1 only" : "connectors 1 to " + connectors);
                return false;
            }

            return true;
        }

        private static EmulatorCommand Refuse(string reason, out string error)
        {
            error = reason;
            return null;
        }
    }
}
