namespace NanoEvse.Emulator.Commands
{
    /// <summary>The csms command: how the embedded CSMS answers the charger from now on.</summary>
    public static class CsmsAnswerSyntax
    {
        /// <summary>The CALLs a charger sends in OCPP 1.6 Core and the optional profiles.</summary>
        public static readonly string[] Actions =
        {
            "Authorize", "BootNotification", "DataTransfer", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat",
            "MeterValues", "StartTransaction", "StatusNotification", "StopTransaction",
        };

        public static readonly string[] ErrorCodes =
        {
            "NotImplemented", "NotSupported", "InternalError", "ProtocolError", "SecurityError", "FormationViolation",
            "PropertyConstraintViolation", "OccurenceConstraintViolation", "TypeConstraintViolation", "GenericError",
        };

        public static readonly string[] BootStatuses = { "Accepted", "Pending", "Rejected" };

        public static readonly string[] TagStatuses = { "Accepted", "Invalid", "Blocked", "Expired", "ConcurrentTx" };

        public const string Help =
            "  csms boot Accepted|Pending|Rejected\n" +
            "                       the CSMS answers BootNotification with that status\n" +
            "  csms tag TAG Accepted|Invalid|Blocked|Expired\n" +
            "                       the CSMS answers Authorize and Start/StopTransaction for that card so\n" +
            "  csms error ACTION CODE\n" +
            "                       the CSMS answers ACTION with a CALLERROR (e.g. csms error Heartbeat InternalError)\n" +
            "  csms silent ACTION   the CSMS never answers ACTION\n" +
            "  csms normal ACTION   the CSMS answers ACTION as by default again";

        /// <summary>The command with its words normalised (sub-command lower case, names as OCPP spells them), or null and why not.</summary>
        public static EmulatorCommand Parse(string[] words, string text, int lineNumber, out string error)
        {
            error = null;
            string sub = words.Length > 1 ? words[1].ToLowerInvariant() : null;
            string[] normal = null;
            switch (sub)
            {
                case "boot":
                    normal = words.Length == 3 && Find(BootStatuses, words[2]) is string boot ? new[] { sub, boot } : null;
                    error = normal == null ? "csms boot needs Accepted, Pending or Rejected" : null;
                    break;
                case "tag":
                    normal = words.Length == 4 && words[2].Length <= 20 && Find(TagStatuses, words[3]) is string status ? new[] { sub, words[2], status } : null;
                    error = normal == null ? "csms tag needs a card id and " + string.Join(", ", TagStatuses) : null;
                    break;
                case "error":
                    normal = words.Length == 4 && Find(Actions, words[2]) is string failing && Find(ErrorCodes, words[3]) is string code ? new[] { sub, failing, code } : null;
                    error = normal == null ? "csms error needs an action (" + string.Join(", ", Actions) + ") and a code (" + string.Join(", ", ErrorCodes) + ")" : null;
                    break;
                case "silent":
                case "normal":
                    normal = words.Length == 3 && Find(Actions, words[2]) is string action ? new[] { sub, action } : null;
                    error = normal == null ? "csms " + sub + " needs an action: " + string.Join(", ", Actions) : null;
                    break;
                default:
                    error = "csms needs boot, tag, error, silent or normal";
                    break;
            }

            return normal == null ? null : new EmulatorCommand(CommandKind.CsmsAnswer, text) { Argument = sub, Words = normal, Line = lineNumber };
        }

        private static string Find(string[] names, string word) => CsmsCallSyntax.Find(names, word);
    }
}
