using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.ProvisioningTool
{
    /// <summary>
    /// The JSON files nanoff reads: <c>--filedeployment</c> (SerialPort, Files[] of DestinationFilePath and
    /// SourceFilePath; an entry without a source deletes the destination) and <c>--networkdeployment</c>
    /// (SerialPort, WirelessClient). Property names are those of nanoff's FileDeploymentConfiguration and
    /// NetworkDeploymentConfiguration classes.
    /// </summary>
    public static class NanoffManifests
    {
        /// <summary>The internal LittleFS volume as nanoCLR names it.</summary>
        public const string DeviceDrive = "I:\\";

        // Relaxed escaping keeps a password like "a&b<c" readable; the files are never embedded in HTML.
        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>Puts <paramref name="deviceFile"/> on the charger as I:\device.dat.</summary>
        public static string FileDeployment(string deviceFile, string serialPort)
        {
            string destination = DeviceDrive + Provisioning.FileName;

            // Deleting first: nanoCLR releases before Home#1840 overwrite a stored file without truncating it, so a
            // shorter device.dat would keep the old one's tail and fail its length check.
            JsonArray files = new JsonArray
            {
                new JsonObject { ["DestinationFilePath"] = destination },
                new JsonObject { ["DestinationFilePath"] = destination, ["SourceFilePath"] = deviceFile },
            };

            JsonObject root = WithSerialPort(serialPort);
            root["Files"] = files;
            return root.ToJsonString(Indented) + "\n";
        }

        /// <summary>
        /// Stores a WPA2 station network that the platform joins at boot and after every drop (AutoConnect), with
        /// DHCP and DNS from the network.
        /// </summary>
        public static string NetworkDeployment(string ssid, string password, string serialPort)
        {
            JsonObject root = WithSerialPort(serialPort);
            root["WirelessClient"] = new JsonObject
            {
                ["Ssid"] = ssid,
                ["Password"] = password,
                ["Authentication"] = "WPA2",
                ["Encryption"] = "WPA2",
                ["ConfigurationOption"] = "AutoConnect",
                ["DhcpEnabled"] = true,
                ["AutomaticDNS"] = true,
            };
            return root.ToJsonString(Indented) + "\n";
        }

        // Without a SerialPort nanoff uses its own --serialport option.
        private static JsonObject WithSerialPort(string serialPort)
        {
            JsonObject root = new JsonObject();
            if (serialPort != null)
            {
                root["SerialPort"] = serialPort;
            }

            return root;
        }
    }
}
