using System;
using System.Globalization;

namespace NanoEvse.Emulator
{
    /// <summary>The emulator's command line.</summary>
    public sealed class EmulatorOptions
    {
        public const string Usage =
            "usage: nanoevse-emulator [--csms URL] [--auth-key KEY] [--log FILE] [--duration SECONDS]\n" +
            "  (no --csms)      start an embedded CSMS on 127.0.0.1 and connect to it as CP001\n" +
            "  --csms URL       connect to a real CSMS; the last path segment is the charge point id,\n" +
            "                   e.g. ws://127.0.0.1:9000/ocpp/CP001\n" +
            "  --auth-key KEY   HTTP Basic auth password (AuthorizationKey)\n" +
            "  --log FILE       also write the OCPP frame log to FILE\n" +
            "  --duration S     stop after S seconds (default: run until Ctrl+C)";

        public string CsmsUrl { get; private set; }
        public string AuthorizationKey { get; private set; }
        public string LogFile { get; private set; }
        public TimeSpan? Duration { get; private set; }
        public bool ShowHelp { get; private set; }

        /// <summary>Parses the arguments; returns null and sets <paramref name="error"/> when they are wrong.</summary>
        public static EmulatorOptions Parse(string[] args, out string error)
        {
            error = null;
            EmulatorOptions options = new EmulatorOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (name == "--help" || name == "-h")
                {
                    options.ShowHelp = true;
                    continue;
                }

                if (i + 1 >= args.Length)
                {
                    error = name.StartsWith("--", StringComparison.Ordinal) ? name + " needs a value" : "unknown argument " + name;
                    return null;
                }

                string value = args[++i];
                switch (name)
                {
                    case "--csms":
                        options.CsmsUrl = value;
                        break;
                    case "--auth-key":
                        options.AuthorizationKey = value;
                        break;
                    case "--log":
                        options.LogFile = value;
                        break;
                    case "--duration":
                        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds <= 0)
                        {
                            error = "--duration needs a positive number of seconds";
                            return null;
                        }

                        options.Duration = TimeSpan.FromSeconds(seconds);
                        break;
                    default:
                        error = "unknown argument " + name;
                        return null;
                }
            }

            return options;
        }
    }
}
