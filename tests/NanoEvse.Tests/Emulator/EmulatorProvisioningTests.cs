using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Csms;
using NanoEvse.Emulator;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;
using static NanoEvse.Tests.Emulator.EmulatorHarness;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>A device.dat in --data-dir makes the emulator the provisioned charger; the command line overrides it.</summary>
    public sealed class EmulatorProvisioningTests : IDisposable
    {
        private const string Key = "0123456789abcdef";
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-emu-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public async Task It_connects_as_the_provisioned_charger_with_the_profile_from_the_command_line()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { AuthorizationKeys = { ["CP-DAT"] = Key } });
            Provision(new Provisioning { ChargePointId = "CP-DAT", CsmsUrl = csms.Url("x").Replace("/x", ""), ProfileName = "product-a", AuthorizationKey = Key });
            StringWriter output = new StringWriter();
            using CancellationTokenSource stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

            Task<int> run = Task.Run(() => EmulatorApp.Run(new[] { "--data-dir", _dir, "--profile", "product-b" }, TextWriter.Synchronized(output), stop.Token));
            await csms.WaitForCallAsync("CP-DAT", "BootNotification", TimeSpan.FromSeconds(10));
            CsmsCallResult config = await csms.CallAsync("CP-DAT", "GetConfiguration", new JsonObject { ["key"] = new JsonArray("BlinkRepeat") }, TimeSpan.FromSeconds(10));
            stop.Cancel();

            Assert.Equal(EmulatorApp.ExitOk, await run);
            Assert.Equal("5", config.Payload.GetProperty("configurationKey")[0].GetProperty("value").GetString());
            string text = output.ToString();
            Assert.Contains("Provisioning from " + Path.Combine(_dir, "device.dat"), text);
            Assert.Contains("Note: --profile product-b replaces the provisioned profile product-a for this run; device.dat is unchanged", text);
            Assert.Contains("Charger CP-DAT: profile product-b", text);
            Assert.DoesNotContain("Embedded CSMS", text);
        }

        [Fact]
        public void A_device_dat_naming_an_unknown_profile_exits_2()
        {
            Provision(new Provisioning { ChargePointId = "CP-DAT", CsmsUrl = "ws://127.0.0.1:9/ocpp", ProfileName = "product-z" });

            (int exit, string text) = Run("--data-dir", _dir);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains(Path.Combine(_dir, "device.dat") + ": unknown charger profile 'product-z'", text);
        }

        [Fact]
        public void An_unreadable_device_dat_exits_2_rather_than_starting_as_another_charger()
        {
            File.WriteAllText(Path.Combine(_dir, "device.dat"), "not a document");

            (int exit, string text) = Run("--data-dir", _dir);

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("device.dat cannot be read", text);
            Assert.DoesNotContain("Embedded CSMS", text);
        }

        private void Provision(Provisioning provisioning)
        {
            provisioning.Save(new DocumentStore(new DirectoryFileStore(_dir), new RecordingLog()));
        }
    }
}
