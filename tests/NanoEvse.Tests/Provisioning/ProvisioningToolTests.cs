using System;
using System.IO;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal.Host;
using NanoEvse.ProvisioningTool;
using NanoEvse.Tests.Support;
using Xunit;
using StoredProvisioning = NanoEvse.ChargePoint.Storage.Provisioning;

// Not NanoEvse.Tests.Provisioning: that namespace would hide the Provisioning class from every other test namespace.
namespace NanoEvse.Tests.ProvisioningTool
{
    /// <summary>The provisioning tool writes the device.dat the firmware reads, and nothing at all from bad input.</summary>
    public sealed class ProvisioningToolTests : IDisposable
    {
        private const string Key = "0123456789abcdef0123";
        private const string LongPath = "ocpp/0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
            + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
            + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
            + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
            + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789";
        private readonly string _root = Directory.CreateTempSubdirectory("nanoevse-provision-").FullName;

        private string Out => Path.Combine(_root, "charger");

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Fact]
        public void The_firmware_reads_back_exactly_what_was_provisioned()
        {
            (int exit, string text) = Run("--id", "CP-0042", "--csms", "wss://csms.example.com/ocpp/", "--profile", "Product-B",
                "--auth-key", Key, "--out", Out);

            Assert.Equal(ProvisioningApp.ExitOk, exit);
            StoredProvisioning stored = StoredProvisioning.Load(new DocumentStore(new DirectoryFileStore(Out), new RecordingLog()));
            Assert.NotNull(stored);
            Assert.Equal("CP-0042", stored.ChargePointId);
            Assert.Equal("wss://csms.example.com/ocpp/", stored.CsmsUrl);
            Assert.Equal("product-b", stored.ProfileName);
            Assert.Equal(Key, stored.AuthorizationKey);
            Assert.Contains("charge point CP-0042, CSMS wss://csms.example.com/ocpp/CP-0042, profile product-b, Basic auth", text);
        }

        [Fact]
        public void A_csms_url_ending_in_the_charge_point_id_as_the_emulator_takes_it_means_the_same_endpoint()
        {
            (int exit, string text) = Run("--id", "CP7", "--csms", "ws://csms.example.com:9000/ocpp/CP7", "--out", Out);

            Assert.Equal(ProvisioningApp.ExitOk, exit);
            StoredProvisioning stored = StoredProvisioning.Load(new DocumentStore(new DirectoryFileStore(Out), new RecordingLog()));
            Assert.Equal("ws://csms.example.com:9000/ocpp", stored.CsmsUrl);
            Assert.Contains("Note: --csms ends with the charge point id", text);
            Assert.Contains("CSMS ws://csms.example.com:9000/ocpp/CP7,", text);
        }

        [Fact]
        public void Without_an_auth_key_or_profile_the_charger_gets_the_default_profile_and_no_password()
        {
            Assert.Equal(ProvisioningApp.ExitOk, Run("--id", "CP1", "--csms", "ws://10.0.0.5:9000/ocpp", "--out", Out).Exit);

            StoredProvisioning stored = StoredProvisioning.Load(new DocumentStore(new DirectoryFileStore(Out), new RecordingLog()));
            Assert.Equal("default", stored.ProfileName);
            Assert.Null(stored.AuthorizationKey);
        }

        [Fact]
        public void Running_again_replaces_the_provisioning_and_drops_a_wifi_manifest_it_was_not_asked_for()
        {
            Run("--id", "OLD-ID", "--csms", "ws://old.example/ocpp", "--wifi-ssid", "site", "--wifi-password", "password1", "--out", Out);

            (int exit, string text) = Run("--id", "NEW", "--csms", "ws://new.example/ocpp", "--out", Out);

            Assert.Equal(ProvisioningApp.ExitOk, exit);
            StoredProvisioning stored = StoredProvisioning.Load(new DocumentStore(new DirectoryFileStore(Out), new RecordingLog()));
            Assert.Equal("NEW", stored.ChargePointId);
            Assert.False(File.Exists(Path.Combine(Out, ProvisioningApp.NetworkManifest)));
            Assert.Contains("No Wi-Fi given: the charger keeps the network already stored on it.", text);
        }

        [Fact]
        public void It_prints_the_nanoff_commands_that_deploy_the_files()
        {
            (_, string text) = Run("--id", "CP1", "--csms", "ws://csms/ocpp", "--wifi-ssid", "site", "--wifi-password", "password1",
                "--serial-port", "/dev/ttyUSB0", "--out", Out);

            string full = Path.GetFullPath(Out);
            Assert.Contains("nanoff --networkdeployment \"" + Path.Combine(full, "network.json") + "\" --serialport /dev/ttyUSB0", text);
            Assert.Contains("nanoff --filedeployment \"" + Path.Combine(full, "deploy.json") + "\" --serialport /dev/ttyUSB0", text);
            Assert.Contains("delete it once deployed", text);
        }

        [Theory]
        [InlineData("the charge point id must be 1 to 48 characters", "--id", "CP/1", "--csms", "ws://csms/ocpp")]
        [InlineData("the charge point id must be 1 to 48 characters", "--id", "C123456789012345678901234567890123456789012345678", "--csms", "ws://csms/ocpp")]
        [InlineData("the CSMS URL must start with ws:// or wss://", "--id", "CP1", "--csms", "http://csms/ocpp")]
        [InlineData("the CSMS URL must not contain a query", "--id", "CP1", "--csms", "ws://csms/ocpp?x=1")]
        [InlineData("the CSMS URL is longer than 512 characters", "--id", "CP1", "--csms", "ws://csms/" + LongPath)]
        [InlineData("unknown charger profile 'product-z'", "--id", "CP1", "--csms", "ws://csms/ocpp", "--profile", "product-z")]
        [InlineData("the authorization key must be 16 to 40 characters", "--id", "CP1", "--csms", "ws://csms/ocpp", "--auth-key", "short")]
        [InlineData("--wifi-ssid and --wifi-password go together", "--id", "CP1", "--csms", "ws://csms/ocpp", "--wifi-ssid", "site")]
        [InlineData("the Wi-Fi password must be 8 to 64 characters", "--id", "CP1", "--csms", "ws://csms/ocpp", "--wifi-ssid", "site", "--wifi-password", "1234567")]
        [InlineData("the Wi-Fi SSID must be 1 to 32 bytes", "--id", "CP1", "--csms", "ws://csms/ocpp", "--wifi-ssid", "a-network-name-longer-than-32-bytes", "--wifi-password", "password1")]
        [InlineData("--csms is required", "--id", "CP1")]
        [InlineData("unknown argument --bogus", "--bogus", "x", "--id", "CP1", "--csms", "ws://csms/ocpp")]
        public void Bad_input_exits_2_with_the_reason_and_writes_nothing(string reason, params string[] args)
        {
            string[] withOut = new string[args.Length + 2];
            args.CopyTo(withOut, 0);
            withOut[args.Length] = "--out";
            withOut[args.Length + 1] = Out;

            (int exit, string text) = Run(withOut);

            Assert.Equal(ProvisioningApp.ExitUsage, exit);
            Assert.Contains("nanoevse-provision: " + reason, text);
            Assert.False(Directory.Exists(Out), "bad input must not create " + Out);
        }

        [Fact]
        public void Without_an_output_directory_it_exits_2()
        {
            (int exit, string text) = Run("--id", "CP1", "--csms", "ws://csms/ocpp");

            Assert.Equal(ProvisioningApp.ExitUsage, exit);
            Assert.Contains("--out is required", text);
        }

        private static (int Exit, string Text) Run(params string[] args)
        {
            StringWriter output = new StringWriter();
            int exit = ProvisioningApp.Run(args, output);
            return (exit, output.ToString());
        }
    }
}
