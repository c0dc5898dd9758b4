using System;
using System.IO;
using System.Threading;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Emulator;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;
using static NanoEvse.Tests.Emulator.EmulatorHarness;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>--profile, --data-dir and --config: what the user sees, and what ends up in the flash directory.</summary>
    public sealed class EmulatorConfigTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("nanoevse-emu-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void An_unknown_profile_exits_2_and_lists_the_valid_names()
        {
            (int exit, string text) = Run("--profile", "wallbox");

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("unknown --profile 'wallbox'; choose one of: default, product-a, product-b", text);
        }

        [Fact]
        public void A_config_option_without_an_equals_sign_exits_2_with_usage()
        {
            (int exit, string text) = Run("--config", "HeartbeatInterval");

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("--config needs KEY=VALUE", text);
            Assert.Contains("usage: nanoevse-emulator", text);
        }

        [Theory]
        [InlineData("HeartbeatInterval=soon", "HeartbeatInterval=soon: Rejected (expects an integer from 0 to 86400)")]
        [InlineData("NumberOfConnectors=2", "NumberOfConnectors=2: Rejected (read-only in profile default)")]
        [InlineData("NoSuchKey=1", "NoSuchKey=1: NotSupported (profile default has no such key)")]
        [InlineData("AuthorizationKey=short", "AuthorizationKey=(hidden): Rejected (expects 16 to 40 characters)")]
        public void A_value_the_charger_refuses_exits_2_before_connecting(string pair, string message)
        {
            (int exit, string text) = Run("--config", pair, "--duration", "5");

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("nanoevse-emulator: " + message, text);
            Assert.DoesNotContain("CP -> CSMS", text);
        }

        [Fact]
        public void A_refused_value_leaves_the_flash_without_configuration_so_the_next_run_is_a_first_boot_again()
        {
            (int exit, string text) = Run("--data-dir", _dir, "--config", "HeartbeatInterval=42", "--config", "BlinkRepeat=-1");

            Assert.Equal(EmulatorApp.ExitUsage, exit);
            Assert.Contains("HeartbeatInterval=42: Accepted", text);
            Assert.Contains("BlinkRepeat=-1: Rejected", text);
            Assert.Empty(Directory.GetFiles(_dir));
        }

        [Fact]
        public void First_boot_config_is_stored_in_the_data_dir_and_kept_on_the_next_run()
        {
            (int exit, string first) = Run("--data-dir", _dir, "--profile", "product-b", "--config", "HeartbeatInterval=42", "--duration", "1.5");

            // --duration cuts the demo short, which is exit code 1 since the lifecycle change.
            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("Charger CP001: profile product-b, flash in " + _dir + " (kept between runs)", first);
            Assert.Contains("HeartbeatInterval=42: Accepted", first);
            Assert.Contains("\"BootNotification\"", first);

            (exit, string second) = Run("--data-dir", _dir, "--profile", "product-b", "--config", "HeartbeatInterval=7", "--duration", "0.2");

            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("Stored configuration kept", second);
            Assert.DoesNotContain("HeartbeatInterval=7", second);
            RecordingLog log = new RecordingLog();
            ChargerConfiguration stored = new ChargerConfiguration(ChargerProfiles.ProductB(), new DocumentStore(new DirectoryFileStore(_dir), log), log);
            Assert.True(stored.WasStored);
            Assert.Equal("42", stored.Find("HeartbeatInterval").Value);
        }

        [Fact]
        public void Without_a_data_dir_the_flash_is_in_memory_and_config_applies_on_every_run()
        {
            (int exit, string text) = Run("--config", "HeartbeatInterval=42", "--duration", "0.2");

            Assert.Equal(EmulatorRun.ExitFailed, exit);
            Assert.Contains("Charger CP001: profile default, flash in memory (nothing persists", text);
            Assert.Contains("HeartbeatInterval=42: Accepted", text);
        }
    }
}
