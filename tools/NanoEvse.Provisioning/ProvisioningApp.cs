using System;
using System.IO;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal.Host;

namespace NanoEvse.ProvisioningTool
{
    /// <summary>
    /// Writes what a charger needs before its first boot into a directory: device.dat, made by the firmware's own
    /// Provisioning and DocumentStore classes, and the manifests that let nanoff put it (and the Wi-Fi network)
    /// on the charger. Nothing is written unless every input is valid.
    /// </summary>
    public static class ProvisioningApp
    {
        public const int ExitOk = 0;
        public const int ExitWriteFailed = 1;
        public const int ExitUsage = 2;
        public const string DeployManifest = "deploy.json";
        public const string NetworkManifest = "network.json";

        /// <summary>
        /// The CSMS endpoint without the id. The emulator's --csms names the whole URL, id included; the same URL given
        /// here is taken as meant, rather than making the charger connect to .../ID/ID.
        /// </summary>
        public static string EndpointOf(string csmsUrl, string chargePointId)
        {
            string trimmed = csmsUrl.TrimEnd('/');
            string suffix = "/" + chargePointId;
            return trimmed.EndsWith(suffix, System.StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - suffix.Length) : csmsUrl;
        }

        public static int Run(string[] args, TextWriter output)
        {
            ProvisioningOptions options = ProvisioningOptions.Parse(args, out string error);
            if (options == null)
            {
                output.WriteLine("nanoevse-provision: " + error);
                output.WriteLine(ProvisioningOptions.Usage);
                return ExitUsage;
            }

            if (options.ShowHelp)
            {
                output.WriteLine(ProvisioningOptions.Usage);
                return ExitOk;
            }

            string endpoint = EndpointOf(options.CsmsUrl, options.ChargePointId);
            if (endpoint != options.CsmsUrl)
            {
                output.WriteLine("Note: --csms ends with the charge point id, as the emulator's --csms does; the endpoint stored is "
                    + endpoint + " and the charger connects to " + endpoint + "/" + options.ChargePointId + ".");
            }

            Provisioning provisioning = new Provisioning
            {
                ChargePointId = options.ChargePointId,
                CsmsUrl = endpoint,
                ProfileName = options.ProfileName ?? ChargerProfiles.DefaultName,
                AuthorizationKey = options.AuthorizationKey,
            };
            error = provisioning.Validate() ?? OutputProblem(options.OutputDirectory);
            if (error != null)
            {
                output.WriteLine("nanoevse-provision: " + error);
                return ExitUsage;
            }

            // Stored as the firmware spells it, whatever case was typed.
            provisioning.ProfileName = ChargerProfiles.Find(provisioning.ProfileName).Name;
            try
            {
                Write(provisioning, options, output);
                return ExitOk;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                output.WriteLine("nanoevse-provision: cannot write to " + options.OutputDirectory + ": " + e.Message);
                return ExitWriteFailed;
            }
        }

        private static string OutputProblem(string directory)
        {
            return File.Exists(directory) ? "--out " + directory + " is a file, not a directory" : null;
        }

        private static void Write(Provisioning provisioning, ProvisioningOptions options, TextWriter output)
        {
            DirectoryFileStore files = new DirectoryFileStore(options.OutputDirectory);
            string directory = files.DirectoryPath;
            int bytes = provisioning.Save(new DocumentStore(files, new OutputLog(output)));
            string deviceFile = Path.Combine(directory, Provisioning.FileName);
            CsmsAddress address = provisioning.Address(out _);
            output.WriteLine("Wrote " + deviceFile + " (" + bytes + " bytes): charge point " + address.ChargePointId + ", CSMS "
                + address.Url + ", profile " + provisioning.ProfileName
                + (provisioning.AuthorizationKey == null ? ", no Basic auth" : ", Basic auth with the given key"));

            string deploy = Path.Combine(directory, DeployManifest);
            File.WriteAllText(deploy, NanoffManifests.FileDeployment(deviceFile, options.SerialPort));
            output.WriteLine("Wrote " + deploy);

            string network = Path.Combine(directory, NetworkManifest);
            if (options.WifiSsid != null)
            {
                File.WriteAllText(network, NanoffManifests.NetworkDeployment(options.WifiSsid, options.WifiPassword, options.SerialPort));
                output.WriteLine("Wrote " + network + " (Wi-Fi " + options.WifiSsid + "). It holds the password in clear text: delete it once deployed.");
            }
            else
            {
                // A manifest left from an earlier run would deploy a network this run was not asked for.
                File.Delete(network);
                output.WriteLine("No Wi-Fi given: the charger keeps the network already stored on it.");
            }

            string port = options.SerialPort ?? "<port>";
            output.WriteLine("With the charger connected and nanoCLR running, deploy them:");
            if (options.WifiSsid != null)
            {
                output.WriteLine("  nanoff --networkdeployment \"" + network + "\" --serialport " + port);
            }

            output.WriteLine("  nanoff --filedeployment \"" + deploy + "\" --serialport " + port);
            output.WriteLine("then restart the charger so that it reads them. On a charger never provisioned before, nanoff's");
            output.WriteLine("warning that it cannot delete I:\\" + Provisioning.FileName + " is expected.");
        }
    }
}
