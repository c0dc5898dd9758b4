using System;
using System.Text;

namespace NanoEvse.ProvisioningTool
{
    /// <summary>The provisioning tool's command line.</summary>
    public sealed class ProvisioningOptions
    {
        public const string Usage =
            "usage: nanoevse-provision --id ID --csms URL --out DIR [--profile NAME] [--auth-key KEY]\n" +
            "                          [--wifi-ssid SSID --wifi-password PASSWORD] [--serial-port PORT]\n" +
            "  --id ID              charge point id: 1 to 48 characters, no '/'\n" +
            "  --csms URL           CSMS endpoint without the id, e.g. ws://csms.example.com:9000/ocpp;\n" +
            "                       the charger connects to URL/ID (a URL already ending in /ID, as the\n" +
            "                       emulator's --csms takes it, is accepted as meaning the same)\n" +
            "  --out DIR            where to write device.dat and the nanoff manifests\n" +
            "  --profile NAME       charger profile: default, product-a or product-b (default: default)\n" +
            "  --auth-key KEY       HTTP Basic auth password (AuthorizationKey), 16 to 40 characters\n" +
            "  --wifi-ssid SSID     Wi-Fi network to store on the charger (with --wifi-password);\n" +
            "  --wifi-password P    without them the charger keeps the network it already has\n" +
            "  --serial-port PORT   the charger's serial port, written into the manifests";

        /// <summary>Limits of the device's Wi-Fi station configuration (nanoFramework Wireless80211Configuration).</summary>
        public const int MaxSsidBytes = 32;
        public const int MinWifiPasswordLength = 8;
        public const int MaxWifiPasswordLength = 64;

        public string ChargePointId { get; private set; }
        public string CsmsUrl { get; private set; }
        public string OutputDirectory { get; private set; }
        public string ProfileName { get; private set; }
        public string AuthorizationKey { get; private set; }
        public string WifiSsid { get; private set; }
        public string WifiPassword { get; private set; }
        public string SerialPort { get; private set; }
        public bool ShowHelp { get; private set; }

        /// <summary>Parses the arguments; returns null and sets <paramref name="error"/> when they are wrong.</summary>
        public static ProvisioningOptions Parse(string[] args, out string error)
        {
            error = null;
            ProvisioningOptions options = new ProvisioningOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (name == "--help" || name == "-h")
                {
                    options.ShowHelp = true;
                    return options;
                }

                if (i + 1 >= args.Length)
                {
                    error = name.StartsWith("--", StringComparison.Ordinal) ? name + " needs a value" : "unknown argument " + name;
                    return null;
                }

                string value = args[++i];
                switch (name)
                {
                    case "--id":
                        options.ChargePointId = value;
                        break;
                    case "--csms":
                        options.CsmsUrl = value;
                        break;
                    case "--out":
                        options.OutputDirectory = value;
                        break;
                    case "--profile":
                        options.ProfileName = value;
                        break;
                    case "--auth-key":
                        options.AuthorizationKey = value;
                        break;
                    case "--wifi-ssid":
                        options.WifiSsid = value;
                        break;
                    case "--wifi-password":
                        options.WifiPassword = value;
                        break;
                    case "--serial-port":
                        options.SerialPort = value;
                        break;
                    default:
                        error = "unknown argument " + name;
                        return null;
                }
            }

            error = options.Missing() ?? options.WifiProblem();
            return error == null ? options : null;
        }

        private string Missing()
        {
            if (ChargePointId == null)
            {
                return "--id is required";
            }

            if (CsmsUrl == null)
            {
                return "--csms is required";
            }

            return OutputDirectory == null ? "--out is required" : null;
        }

        private string WifiProblem()
        {
            if ((WifiSsid == null) != (WifiPassword == null))
            {
                return "--wifi-ssid and --wifi-password go together";
            }

            if (WifiSsid == null)
            {
                return null;
            }

            int ssidBytes = Encoding.UTF8.GetByteCount(WifiSsid);
            if (ssidBytes == 0 || ssidBytes > MaxSsidBytes)
            {
                return "the Wi-Fi SSID must be 1 to " + MaxSsidBytes + " bytes";
            }

            if (WifiPassword.Length < MinWifiPasswordLength || WifiPassword.Length > MaxWifiPasswordLength)
            {
                return "the Wi-Fi password must be " + MinWifiPasswordLength + " to " + MaxWifiPasswordLength + " characters (WPA2)";
            }

            return null;
        }
    }
}
