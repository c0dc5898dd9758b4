using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>
    /// Whatever is on the flash, the charger boots and reaches its CSMS: a damaged document is reported by name
    /// and replaced by the profile's defaults, the other document keeps its values, and the next accepted change
    /// writes a good file again.
    /// </summary>
    public class CorruptFileTests
    {
        private const string Key = "0123456789abcdef0123";
        private const string Config = "config.dat";
        private const string Security = "security.dat";

        public static IEnumerable<object[]> Damages()
        {
            foreach (string file in new[] { Config, Security })
            {
                foreach (string damage in new[] { "garbage", "empty", "erased", "truncated", "flipped bit", "newer version", "payload cut short", "another document's payload" })
                {
                    yield return new object[] { file, damage };
                }
            }
        }

        [Theory]
        [MemberData(nameof(Damages))]
        public void A_damaged_document_falls_back_to_the_defaults_and_the_next_change_rewrites_it(string file, string damage)
        {
            SimulatedFlash flash = StoredCharger();
            SortedDictionary<string, string> stored = FlashImages.StoredValues(ChargerRig.ForProfile("default", FlashImages.Copy(flash)).Charger);
            flash.Put(file, Damage(flash.Peek(file), damage));

            ChargerRig rig = ChargerRig.ForProfile("default", flash);
            rig.BootAccepted();

            Assert.Contains(rig.Log.Lines, l => l.StartsWith("Error") && l.Contains(file));
            int damaged = file == Security ? ConfigDocument.Security : ConfigDocument.Settings;
            ChargerConfiguration config = rig.Charger.Configuration;
            for (int i = 0; i < config.Count; i++)
            {
                ConfigKey key = config[i];
                Assert.Equal(key.Document == damaged ? key.DefaultValue : stored[key.Name], key.StoredValue);
            }

            string changed = file == Security ? "AuthorizationKey" : "MeterValueSampleInterval";
            string value = file == Security ? "a fresh key from the CSMS" : "45";
            Assert.Equal("Accepted", rig.ChangeConfiguration(changed, value));
            Assert.NotNull(DocumentReader.Open(flash.Peek(file), ChargerConfiguration.FormatVersion, out _));

            ChargerRig rebooted = rig.Reboot();
            Assert.DoesNotContain(rebooted.Log.Lines, l => l.StartsWith("Error") || l.StartsWith("Warning"));
            Assert.Equal(value, rebooted.Charger.Configuration.Find(changed).StoredValue);
            string untouched = file == Security ? "HeartbeatInterval" : "AuthorizationKey";
            Assert.Equal(stored[untouched], rebooted.Charger.Configuration.Find(untouched).StoredValue);
        }

        [Fact]
        public void Invalid_stored_values_are_ignored_one_by_one_and_dropped_by_the_next_save()
        {
            SimulatedFlash flash = new SimulatedFlash();
            flash.Put(Config, Document(
                "MeterValueSampleInterval", "30",
                "HeartbeatInterval", "five minutes",
                "ConnectionTimeOut", "0",
                "LocalPreAuthorize", "maybe",
                "NumberOfConnectors", "2",
                "AuthorizationKey", Key,
                "NoSuchKey", "1",
                "LightIntensity", "40"));

            ChargerRig rig = ChargerRig.ForProfile("default", flash);
            rig.BootAccepted();

            ChargerConfiguration config = rig.Charger.Configuration;
            Assert.Equal("30", config.Find("MeterValueSampleInterval").StoredValue);
            Assert.Equal("40", config.Find("LightIntensity").StoredValue);
            Assert.Equal("300", config.Find("HeartbeatInterval").StoredValue);
            Assert.Equal("60", config.Find("ConnectionTimeOut").StoredValue);
            Assert.Equal("false", config.Find("LocalPreAuthorize").StoredValue);
            Assert.Equal("1", config.Find("NumberOfConnectors").StoredValue);
            Assert.Equal(string.Empty, config.Find("AuthorizationKey").StoredValue);
            foreach (string ignored in new[] { "HeartbeatInterval", "ConnectionTimeOut", "LocalPreAuthorize", "NumberOfConnectors", "AuthorizationKey", "NoSuchKey" })
            {
                Assert.Contains(rig.Log.Lines, l => l.StartsWith("Warning") && l.Contains("ignoring " + ignored));
            }

            Assert.Equal("Accepted", rig.ChangeConfiguration("BlinkRepeat", "4"));
            ChargerRig rebooted = rig.Reboot();

            Assert.DoesNotContain(rebooted.Log.Lines, l => l.StartsWith("Error") || l.StartsWith("Warning"));
            Assert.Equal("4", rebooted.Charger.Configuration.Find("BlinkRepeat").StoredValue);
            Assert.Equal("30", rebooted.Charger.Configuration.Find("MeterValueSampleInterval").StoredValue);
            Assert.Equal("40", rebooted.Charger.Configuration.Find("LightIntensity").StoredValue);
        }

        [Fact]
        public void Values_stored_under_another_profile_keep_what_fits_the_new_one()
        {
            SimulatedFlash flash = StoredCharger();

            ChargerRig rig = ChargerRig.ForProfile("product-b", flash);
            rig.BootAccepted();

            ChargerConfiguration config = rig.Charger.Configuration;
            Assert.Equal("600", config.Find("HeartbeatInterval").StoredValue);
            Assert.Equal("30", config.Find("MeterValueSampleInterval").StoredValue);
            Assert.Null(config.Find("AuthorizationKey"));
            Assert.Null(config.Find("SecurityProfile"));
            Assert.Contains(rig.Log.Lines, l => l.Contains("ignoring AuthorizationKey"));
            Assert.Contains(rig.Log.Lines, l => l.Contains("ignoring SecurityProfile"));
        }

        [Fact]
        public void A_flash_that_cannot_be_read_at_all_still_boots_with_the_defaults()
        {
            SimulatedFlash flash = StoredCharger();
            flash.ResetCounters();
            flash.CutAt = 0;
            Assert.Throws<System.IO.IOException>(() => flash.Delete("nothing"));

            ChargerRig rig = ChargerRig.ForProfile("default", flash);
            rig.BootAccepted();

            Assert.Contains(rig.Log.Lines, l => l.StartsWith("Error") && l.Contains("cannot read " + Config));
            Assert.Contains(rig.Log.Lines, l => l.StartsWith("Error") && l.Contains("cannot read " + Security));
            Assert.Equal("60", Assert.Single(rig.GetConfiguration("MeterValueSampleInterval").Keys).Value);
            Assert.Equal("Rejected", rig.ChangeConfiguration("MeterValueSampleInterval", "45"));
            Assert.Equal("60", Assert.Single(rig.GetConfiguration("MeterValueSampleInterval").Keys).Value);
        }

        [Theory]
        [InlineData(Config)]
        [InlineData(Security)]
        public void A_document_that_cannot_be_read_falls_back_alone(string file)
        {
            FaultyFlash flash = new FaultyFlash(StoredCharger());
            flash.Unreadable.Add(file);
            RecordingLog log = new RecordingLog();

            Charger charger = Boot(flash, log, out ScriptedTransport link);

            Assert.Contains(log.Lines, l => l.StartsWith("Error") && l.Contains("cannot read " + file));
            bool configLost = file == Config;
            Assert.Equal(configLost ? "60" : "30", charger.Configuration.Find("MeterValueSampleInterval").StoredValue);
            Assert.Equal(configLost ? Key : string.Empty, charger.Configuration.Find("AuthorizationKey").StoredValue);
            Assert.Contains(link.Sent, f => f.Contains("\"BootNotification\""));
        }

        [Fact]
        public void A_torn_save_that_cannot_be_erased_does_not_cost_the_stored_values()
        {
            SimulatedFlash image = StoredCharger();
            image.Put(Config + ".new", image.Peek(Config).Take(20).ToArray());
            FaultyFlash flash = new FaultyFlash(image) { DeleteFails = true };
            RecordingLog log = new RecordingLog();

            Charger charger = Boot(flash, log, out _);

            Assert.Equal("30", charger.Configuration.Find("MeterValueSampleInterval").StoredValue);
            Assert.Equal("600", charger.Configuration.Find("HeartbeatInterval").StoredValue);
            Assert.DoesNotContain(log.Lines, l => l.StartsWith("Error"));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        public void A_change_whose_save_loses_power_is_rejected_and_changes_nothing(int cut)
        {
            ChargerRig rig = ChargerRig.ForProfile("default", StoredCharger());
            rig.BootAccepted();
            rig.Flash.ResetCounters();
            rig.Flash.CutAt = cut;

            Assert.Equal("Rejected", rig.ChangeConfiguration("MeterValueSampleInterval", "45"));

            Assert.Equal("30", Assert.Single(rig.GetConfiguration("MeterValueSampleInterval").Keys).Value);
            Assert.Equal("30", rig.Charger.Configuration.Find("MeterValueSampleInterval").StoredValue);
            Assert.Contains(rig.Log.Lines, l => l.StartsWith("Error") && l.Contains("could not store MeterValueSampleInterval"));
        }

        [Fact]
        public void A_change_whose_new_file_is_whole_when_the_rename_fails_is_accepted_and_kept()
        {
            ChargerRig rig = ChargerRig.ForProfile("default", StoredCharger());
            rig.BootAccepted();
            rig.Flash.ResetCounters();
            rig.Flash.CutAt = 2;

            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "45"));

            Assert.Contains(rig.Log.Lines, l => l.StartsWith("Warning") && l.Contains("the next boot completes it"));
            Assert.Equal("45", rig.Reboot().Charger.Configuration.Find("MeterValueSampleInterval").Value);
        }

        [Fact]
        public void A_new_password_that_cannot_be_stored_is_not_used()
        {
            ChargerRig rig = ChargerRig.ForProfile("default", StoredCharger());
            rig.BootAccepted();
            string authorization = rig.Link.LastSettings.Authorization;
            int attempts = rig.Link.ConnectAttempts;
            rig.Flash.ResetCounters();
            rig.Flash.CutAt = 0;

            Assert.Equal("Rejected", rig.ChangeConfiguration("AuthorizationKey", "a fresh key from the CSMS"));
            rig.Run(1000);

            Assert.Equal(attempts, rig.Link.ConnectAttempts);
            Assert.Equal(authorization, rig.Link.LastSettings.Authorization);
            Assert.Equal(Key, rig.Charger.Configuration.Find("AuthorizationKey").StoredValue);
        }

        [Fact]
        public void Provisioning_reads_back_what_was_stored()
        {
            DocumentStore store = new DocumentStore(new SimulatedFlash(), new RecordingLog());
            new Provisioning { ChargePointId = "CP-Zürich-7", CsmsUrl = "wss://csms.example.com/ocpp", ProfileName = "product-b", AuthorizationKey = Key }.Save(store);

            Provisioning loaded = Provisioning.Load(store);

            Assert.Equal("CP-Zürich-7", loaded.ChargePointId);
            Assert.Equal("wss://csms.example.com/ocpp", loaded.CsmsUrl);
            Assert.Equal("product-b", loaded.ProfileName);
            Assert.Equal(Key, loaded.AuthorizationKey);
        }

        [Theory]
        [InlineData("garbage")]
        [InlineData("truncated")]
        [InlineData("flipped bit")]
        [InlineData("newer version")]
        [InlineData("payload cut short")]
        public void A_damaged_device_file_is_reported_and_leaves_the_configuration_alone(string damage)
        {
            SimulatedFlash flash = StoredCharger();
            RecordingLog log = new RecordingLog();
            DocumentStore store = new DocumentStore(flash, log);
            new Provisioning { ChargePointId = "CP001", CsmsUrl = "ws://csms.test/ocpp", AuthorizationKey = Key }.Save(store);
            flash.Put(Provisioning.FileName, Damage(flash.Peek(Provisioning.FileName), damage));

            Assert.Null(Provisioning.Load(store));
            Assert.Contains(log.Lines, l => l.StartsWith("Error") && l.Contains(Provisioning.FileName));

            ChargerRig rig = ChargerRig.ForProfile("default", flash);
            rig.BootAccepted();
            Assert.Equal("30", rig.Charger.Configuration.Find("MeterValueSampleInterval").StoredValue);
            Assert.Equal(Key, rig.Charger.Configuration.Find("AuthorizationKey").StoredValue);
            Assert.DoesNotContain(rig.Log.Lines, l => l.StartsWith("Error"));
        }

        /// <summary>A default-profile charger's flash with settings and credentials the CSMS changed.</summary>
        private static SimulatedFlash StoredCharger()
        {
            return FlashImages.Configured("default",
                "HeartbeatInterval", "600", "MeterValueSampleInterval", "30", "LocalPreAuthorize", "true",
                "AuthorizationKey", Key, "SecurityProfile", "1");
        }

        private static Charger Boot(IFileStore flash, RecordingLog log, out ScriptedTransport link)
        {
            ChargerSettings settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse("ws://csms.test/ocpp/CP001", out _),
                Profile = ChargerProfiles.Default(),
            };
            link = new ScriptedTransport();
            Charger charger = new Charger(settings, new VirtualClock(ChargerRig.Start), link, log, new Random(7), flash);
            charger.Poll();
            charger.Poll();
            return charger;
        }

        /// <summary>A configuration document holding the given name/value pairs, valid or not for the key.</summary>
        private static byte[] Document(params string[] pairs)
        {
            DocumentWriter writer = new DocumentWriter(ChargerConfiguration.FormatVersion);
            writer.Int(pairs.Length / 2);
            foreach (string field in pairs)
            {
                writer.String(field);
            }

            return writer.Seal().Take(writer.Length).ToArray();
        }

        private static byte[] Damage(byte[] good, string damage)
        {
            switch (damage)
            {
                case "garbage":
                    byte[] noise = new byte[good.Length];
                    new Random(3).NextBytes(noise);
                    return noise;
                case "empty":
                    return new byte[0];
                case "erased":
                    return Enumerable.Repeat((byte)0xFF, good.Length).ToArray();
                case "truncated":
                    return good.Take(good.Length / 2).ToArray();
                case "flipped bit":
                    byte[] flipped = (byte[])good.Clone();
                    flipped[DocumentWriter.HeaderBytes + 5] ^= 0x04;
                    return flipped;
                case "newer version":
                    byte[] newer = (byte[])good.Clone();
                    newer[2] = ChargerConfiguration.FormatVersion + 1;
                    int at = newer.Length - DocumentWriter.CrcBytes;
                    BitConverter.GetBytes(Crc32.Compute(newer, 0, at)).CopyTo(newer, at);
                    return newer;
                case "payload cut short":
                    DocumentWriter shortPayload = new DocumentWriter(ChargerConfiguration.FormatVersion);
                    shortPayload.Int(3);
                    shortPayload.String("HeartbeatInterval");
                    return shortPayload.Seal().Take(shortPayload.Length).ToArray();
                case "another document's payload":
                    DocumentWriter other = new DocumentWriter(ChargerConfiguration.FormatVersion);
                    other.String("CP001");
                    other.String("ws://csms.test/ocpp");
                    return other.Seal().Take(other.Length).ToArray();
                default:
                    throw new ArgumentException(damage);
            }
        }
    }
}
