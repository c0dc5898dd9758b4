using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using NanoEvse.ProvisioningTool;
using Xunit;

namespace NanoEvse.Tests.ProvisioningTool
{
    /// <summary>
    /// deploy.json and network.json read as nanoff reads them: the classes below carry the property names of
    /// nanoff's FileDeploymentConfiguration, DeploymentFile, NetworkDeploymentConfiguration and WirelessConfiguration,
    /// and a property nanoff does not know fails the read.
    /// </summary>
    public sealed class NanoffManifestTests : IDisposable
    {
        private static readonly JsonSerializerOptions AsNanoff = new JsonSerializerOptions
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };

        private readonly string _dir = Path.Combine(Directory.CreateTempSubdirectory("nanoevse-manifest-").FullName, "charger");

        public void Dispose() => Directory.Delete(Path.GetDirectoryName(_dir), recursive: true);

        [Fact]
        public void File_deployment_puts_the_written_device_dat_on_drive_i_after_removing_any_older_one()
        {
            Provision("--serial-port", "COM7");

            FileDeployment manifest = Read<FileDeployment>(ProvisioningApp.DeployManifest);

            Assert.Equal("COM7", manifest.SerialPort);
            Assert.Equal(2, manifest.Files.Count);
            Assert.Equal("I:\\device.dat", manifest.Files[0].DestinationFilePath);
            Assert.Null(manifest.Files[0].SourceFilePath);
            Assert.Equal("I:\\device.dat", manifest.Files[1].DestinationFilePath);
            string source = manifest.Files[1].SourceFilePath;
            Assert.True(Path.IsPathFullyQualified(source), "nanoff needs a full source path, got " + source);
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "device.dat")), File.ReadAllBytes(source));
        }

        [Fact]
        public void Without_a_serial_port_the_manifests_leave_it_to_the_nanoff_command_line()
        {
            Provision("--wifi-ssid", "site", "--wifi-password", "password1");

            Assert.Null(Read<FileDeployment>(ProvisioningApp.DeployManifest).SerialPort);
            Assert.Null(Read<NetworkDeployment>(ProvisioningApp.NetworkManifest).SerialPort);
        }

        [Fact]
        public void Network_deployment_stores_a_wpa2_network_the_charger_joins_by_itself_with_dhcp()
        {
            Provision("--wifi-ssid", "Depot \"North\"", "--wifi-password", "p&ss<w0rd>\\x");

            WirelessClient wifi = Read<NetworkDeployment>(ProvisioningApp.NetworkManifest).WirelessClient;

            Assert.Equal("Depot \"North\"", wifi.Ssid);
            Assert.Equal("p&ss<w0rd>\\x", wifi.Password);
            Assert.Equal("WPA2", wifi.Authentication);
            Assert.Equal("WPA2", wifi.Encryption);
            Assert.Equal("AutoConnect", wifi.ConfigurationOption);
            Assert.True(wifi.DhcpEnabled);
            Assert.True(wifi.AutomaticDNS);
        }

        [Fact]
        public void Without_wifi_no_network_manifest_is_written()
        {
            Provision();

            Assert.False(File.Exists(Path.Combine(_dir, ProvisioningApp.NetworkManifest)));
        }

        private void Provision(params string[] extra)
        {
            List<string> args = new List<string> { "--id", "CP1", "--csms", "ws://csms.example/ocpp", "--out", _dir };
            args.AddRange(extra);
            StringWriter output = new StringWriter();
            Assert.True(ProvisioningApp.Run(args.ToArray(), output) == ProvisioningApp.ExitOk, output.ToString());
        }

        private T Read<T>(string manifest)
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(_dir, manifest)), AsNanoff);
        }

        private sealed class FileDeployment
        {
            public string SerialPort { get; set; }
            public List<DeploymentFile> Files { get; set; }
        }

        private sealed class DeploymentFile
        {
            public string DestinationFilePath { get; set; }
            public string SourceFilePath { get; set; }
        }

        private sealed class NetworkDeployment
        {
            public string SerialPort { get; set; }
            public WirelessClient WirelessClient { get; set; }
        }

        private sealed class WirelessClient
        {
            public string Ssid { get; set; }
            public string Password { get; set; }
            public string Authentication { get; set; }
            public string Encryption { get; set; }
            public string ConfigurationOption { get; set; }
            public bool DhcpEnabled { get; set; }
            public bool AutomaticDNS { get; set; }
        }
    }
}
