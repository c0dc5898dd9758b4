using System;
using System.Collections.Generic;
using System.Globalization;
using NanoEvse.ChargePoint.Configuration;

namespace NanoEvse.Emulator
{
    /// <summary>The emulator's command line.</summary>
    public sealed class EmulatorOptions
    {
        public const string Usage =
            "usage: nanoevse-emulator [--csms URL] [--auth-key KEY] [--profile NAME] [--data-dir DIR]\n" +
            "                         [--config KEY=VALUE]... [--log FILE] [--duration SECONDS]\n" +
            "  (no --csms)        start an embedded CSMS on 127.0.0.1 and connect to it as CP001,\n" +
            "                     unless DIR/device.dat names a CSMS and charge point id\n" +
            "  --csms URL         connect to a real CSMS; the last path segment is the charge point id,\n" +
            "                     e.g. ws://127.0.0.1:9000/ocpp/CP001\n" +
            "  --auth-key KEY     HTTP Basic auth password (AuthorizationKey); one the CSMS stored\n" +
            "                     in the flash takes its place\n" +
            "  --profile NAME     charger profile: default, product-a or product-b (default: default)\n" +
            "  --data-dir DIR     keep the charger's flash in DIR, so configuration survives a restart;\n" +
            "                     without it the flash is in memory and nothing persists.\n" +
            "                     A DIR/device.dat from the provisioning tool supplies the charge point id,\n" +
            "                     CSMS, profile and auth key; --csms, --profile and --auth-key override it\n" +
            "                     for this run without changing the file\n" +
            "  --config KEY=VALUE set a configuration key on first boot (repeatable), checked and stored\n" +
            "                     like a ChangeConfiguration; ignored once the flash holds configuration\n" +
            "  --log FILE         also write the OCPP frame log to FILE\n" +
            "  --duration S       stop after S seconds (default: run until Ctrl+C)";

        private readonly List<KeyValuePair<string, string>> _config = new List<KeyValuePair<string, string>>();

        public string CsmsUrl { get; private set; }
        public string AuthorizationKey { get; private set; }

        /// <summary>The profile name as the built-in profiles spell it, or null when not given.</summary>
        public string ProfileName { get; private set; }

        public string DataDirectory { get; private set; }

        /// <summary>The --config pairs in command-line order, so a limit can be raised before a list that needs it.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Configuration => _config;

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
                    case "--profile":
                        ChargerProfile profile = ChargerProfiles.Find(value);
                        if (profile == null)
                        {
                            error = "unknown --profile '" + value + "'; choose one of: " + string.Join(", ", ChargerProfiles.Names);
                            return null;
                        }

                        options.ProfileName = profile.Name;
                        break;
                    case "--data-dir":
                        options.DataDirectory = value;
                        break;
                    case "--config":
                        int equals = value.IndexOf('=');
                        if (equals <= 0)
                        {
                            error = "--config needs KEY=VALUE, got '" + value + "'";
                            return null;
                        }

                        options._config.Add(new KeyValuePair<string, string>(value.Substring(0, equals), value.Substring(equals + 1)));
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
