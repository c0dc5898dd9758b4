using System;
using System.Globalization;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>
    /// The operator console's commands, one for each CALL the embedded CSMS can send the charger: checked here, turned
    /// into the CALL's payload by <see cref="CsmsCalls"/> when they run (some need the charger's clock or transaction).
    /// </summary>
    public static class CsmsCallSyntax
    {
        public static readonly string[] TriggerMessages =
        {
            "BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification",
        };

        public static readonly string[] ListStatuses = { "Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx" };

        public const string Help =
            "  reset soft|hard      Reset\n" +
            "  change-availability N Operative|Inoperative\n" +
            "                       ChangeAvailability (N 0: the whole charger)\n" +
            "  unlock [N]           UnlockConnector\n" +
            "  get-config [KEY...]  GetConfiguration, every key or the ones named\n" +
            "  change-config KEY VALUE\n" +
            "                       ChangeConfiguration\n" +
            "  clear-cache          ClearCache\n" +
            "  data-transfer VENDOR [MESSAGEID] [DATA]\n" +
            "                       DataTransfer\n" +
            "  trigger MESSAGE [N]  TriggerMessage: BootNotification, Heartbeat, MeterValues, StatusNotification,\n" +
            "                       DiagnosticsStatusNotification or FirmwareStatusNotification\n" +
            "  get-local-list-version  GetLocalListVersion\n" +
            "  send-local-list full|diff VERSION [TAG[:STATUS]...]\n" +
            "                       SendLocalList (STATUS Accepted when left out; - removes the tag in a diff)\n" +
            "  reserve N TAG MINUTES [ID]\n" +
            "                       ReserveNow (N 0: any connector; ID N when left out)\n" +
            "  cancel-reservation ID\n" +
            "                       CancelReservation\n" +
            "  limit N AMPS [SECONDS]\n" +
            "                       SetChargingProfile with one limit from now: a TxProfile for N's transaction,\n" +
            "                       else a TxDefaultProfile (also set-charging-profile N AMPS [SECONDS])\n" +
            "  clear-charging-profile [ID]\n" +
            "                       ClearChargingProfile, all of them or one\n" +
            "  composite N SECONDS  GetCompositeSchedule\n" +
            "  update-firmware VERSION|FILE|URL [broken]\n" +
            "                       UpdateFirmware, due now (1 retry, 30 s apart): the CSMS publishes a package of the\n" +
            "                       emulator's firmware at VERSION, or FILE (a package), or the charger fetches URL\n" +
            "                       (ftp, http, https); broken flips one byte of a published package\n" +
            "  get-diagnostics [URL]\n" +
            "                       GetDiagnostics, uploaded to the CSMS's file area or to URL\n";

        /// <summary>Whether <paramref name="name"/> is one of these commands.</summary>
        public static bool Names(string name)
        {
            switch (name)
            {
                case "reset":
                case "change-availability":
                case "unlock":
                case "get-config":
                case "change-config":
                case "clear-cache":
                case "data-transfer":
                case "trigger":
                case "get-local-list-version":
                case "send-local-list":
                case "reserve":
                case "cancel-reservation":
                case "limit":
                case "set-charging-profile":
                case "clear-charging-profile":
                case "composite":
                case "update-firmware":
                case "get-diagnostics":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The command, or null with <paramref name="error"/> saying what is wrong.</summary>
        public static EmulatorCommand Parse(string name, string[] words, string text, int connectors, int lineNumber, out string error)
        {
            string[] args = new string[words.Length - 1];
            Array.Copy(words, 1, args, 0, args.Length);
            int connector = 1;
            error = Check(name == "set-charging-profile" ? "limit" : name, args, connectors, ref connector);
            return error != null ? null : new EmulatorCommand(CommandKind.CsmsCall, text)
            {
                Argument = name == "set-charging-profile" ? "limit" : name,
                Words = args,
                Connector = connector,
                Line = lineNumber,
            };
        }

        private static string Check(string name, string[] args, int connectors, ref int connector)
        {
            int n = args.Length;
            switch (name)
            {
                case "reset":
                    return n == 1 && OneOf(args[0], "soft", "hard") ? null : "reset needs soft or hard";
                case "change-availability":
                    return n == 2 && Connector(args[0], connectors, true, ref connector) && OneOf(args[1], "Operative", "Inoperative")
                        ? null : "change-availability needs a connector (0 for the charger) and Operative or Inoperative";
                case "unlock":
                    return n <= 1 && (n == 0 || Connector(args[0], connectors, false, ref connector)) ? null : "unlock takes at most a connector number";
                case "get-config":
                    return null;
                case "change-config":
                    return n >= 2 ? null : "change-config needs a key and a value";
                case "clear-cache":
                case "get-local-list-version":
                    return n == 0 ? null : name + " takes no arguments";
                case "data-transfer":
                    return n >= 1 ? null : "data-transfer needs a vendor id, then optionally a message id and data";
                case "trigger":
                    return n >= 1 && n <= 2 && Find(TriggerMessages, args[0]) != null && (n == 1 || Connector(args[1], connectors, false, ref connector))
                        ? null : "trigger needs one of " + string.Join(", ", TriggerMessages) + ", then optionally a connector";
                case "send-local-list":
                    return n >= 2 && OneOf(args[0], "full", "diff") && Number(args[1]) >= 0 && Array.TrueForAll(args[2..], Entry)
                        ? null : "send-local-list needs full or diff, a version, then TAG or TAG:STATUS (" + string.Join(", ", ListStatuses) + ", - to remove)";
                case "reserve":
                    return (n == 3 || n == 4) && Connector(args[0], connectors, true, ref connector) && args[1].Length <= 20 && Number(args[2]) > 0 && (n == 3 || Number(args[3]) >= 0)
                        ? null : "reserve needs a connector (0 for any), a card id, minutes, then optionally a reservation id";
                case "cancel-reservation":
                    return n == 1 && Number(args[0]) >= 0 ? null : "cancel-reservation needs a reservation id";
                case "limit":
                    return (n == 2 || n == 3) && Connector(args[0], connectors, true, ref connector) && Amps(args[1]) && (n == 2 || Number(args[2]) > 0)
                        ? null : "limit needs a connector (0 for the charger), amps (e.g. 10 or 7.5), then optionally seconds";
                case "clear-charging-profile":
                    return n == 0 || (n == 1 && Number(args[0]) >= 0) ? null : "clear-charging-profile takes at most a profile id";
                case "composite":
                    return n == 2 && Connector(args[0], connectors, true, ref connector) && Number(args[1]) > 0
                        ? null : "composite needs a connector (0 for the charger) and a duration in seconds";
                case "update-firmware":
                    return (n == 1 || (n == 2 && OneOf(args[1], "broken"))) ? null : "update-firmware needs a version, a package file or a URL, then optionally broken";
                case "get-diagnostics":
                    return n <= 1 ? null : "get-diagnostics takes at most a URL";
                default:
                    return "unknown command '" + name + "'";
            }
        }

        /// <summary>The name in <paramref name="names"/> matching <paramref name="word"/> in any case, or null.</summary>
        public static string Find(string[] names, string word)
        {
            return Array.Find(names, s => string.Equals(s, word, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A whole number of at least 0, or -1.</summary>
        public static int Number(string word)
        {
            return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;
        }

        private static bool OneOf(string word, params string[] names)
        {
            return Find(names, word) != null;
        }

        private static bool Entry(string word)
        {
            int colon = word.IndexOf(':');
            string tag = colon < 0 ? word : word.Substring(0, colon);
            string status = colon < 0 ? null : word.Substring(colon + 1);
            return tag.Length > 0 && tag.Length <= 20 && (status == null || status == "-" || Find(ListStatuses, status) != null);
        }

        private static bool Amps(string word)
        {
            return decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal amps) && amps >= 0;
        }

        private static bool Connector(string word, int connectors, bool zero, ref int connector)
        {
            int value = Number(word);
            if (value < (zero ? 0 : 1) || value > connectors)
            {
                return false;
            }

            connector = value;
            return true;
        }
    }
}
