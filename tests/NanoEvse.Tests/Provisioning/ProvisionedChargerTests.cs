using System;
using System.IO;
using System.Text;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal.Host;
using NanoEvse.ProvisioningTool;
using NanoEvse.Tests.Support;
using Xunit;
using StoredProvisioning = NanoEvse.ChargePoint.Storage.Provisioning;

namespace NanoEvse.Tests.ProvisioningTool
{
    /// <summary>A charger that boots over the files the tool wrote is the charger the tool was told about.</summary>
    public sealed class ProvisionedChargerTests : IDisposable
    {
        private const string Key = "s3cret-s3cret-s3cret";
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-provisioned-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void It_connects_to_the_provisioned_csms_as_the_provisioned_id_with_basic_auth_and_the_provisioned_profile()
        {
            StringWriter output = new StringWriter();
            Assert.Equal(ProvisioningApp.ExitOk, ProvisioningApp.Run(new[]
            {
                "--id", "CP-7", "--csms", "ws://csms.example:9000/ocpp", "--profile", "product-b", "--auth-key", Key, "--out", _dir,
            }, output));

            DirectoryFileStore flash = new DirectoryFileStore(_dir);
            ScriptedTransport link = new ScriptedTransport();
            Charger charger = new Charger(SettingsFrom(flash), new VirtualClock(ChargerRig.Start), link, new RecordingLog(), new Random(3), flash);
            for (int i = 0; i < 3; i++)
            {
                charger.Poll();
            }

            Assert.Equal("ws://csms.example:9000/ocpp/CP-7", link.LastSettings.Url);
            string credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes("CP-7:" + Key));
            Assert.Equal("Basic " + credentials, link.LastSettings.Authorization);
            Assert.Contains(link.Sent, frame => frame.Contains("\"BootNotification\""));
            Assert.Equal("5", charger.Configuration.Find(KeyNames.BlinkRepeat).Value);
        }

        // What the device does at boot with device.dat (firmware/NanoEvse.Device/Program.cs).
        private static ChargerSettings SettingsFrom(DirectoryFileStore flash)
        {
            StoredProvisioning provisioning = StoredProvisioning.Load(new DocumentStore(flash, new RecordingLog()));
            ChargerSettings settings = provisioning.ToSettings(out string error);
            Assert.Null(error);
            return settings;
        }
    }
}
