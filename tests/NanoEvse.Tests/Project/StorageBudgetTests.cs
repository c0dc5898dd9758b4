using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoEvse.App;
using NanoEvse.Reservation;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal.Host;
using NanoEvse.LocalAuthList;
using NanoEvse.SmartCharging;
using NanoEvse.Tests.Support;
using NanoEvse.Tooling.Partitions;
using NanoEvse.Tooling.Storage;
using NanoEvse.FirmwareManagement;
using NanoEvse.UpdatePackage;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Project
{
    /// <summary>
    /// Every document at its largest, written by the firmware's own classes, fits the config partition of
    /// partitions.csv together with LittleFS's blocks and the reserves of <see cref="StorageReserves"/>.
    /// </summary>
    public class StorageBudgetTests
    {
        /// <summary>The longest value ChangeConfiguration can carry (CiString500).</summary>
        private const int MaxChangeValue = 500;

        private const int MaxCsmsUrl = Provisioning.MaxUrlLength;

        private readonly ITestOutputHelper _output;

        public StorageBudgetTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void All_documents_at_their_largest_fit_the_config_partition_with_the_reserves()
        {
            SimulatedFlash flash = new SimulatedFlash();
            DocumentStore store = new DocumentStore(flash, new RecordingLog());
            MaximalProvisioning().Save(store);
            FillConfiguration(new ChargerConfiguration(ChargerProfiles.Default(), store, new RecordingLog()));

            FlashBudget budget = new FlashBudget();
            budget.AddDocument(Provisioning.FileName, Size(flash, Provisioning.FileName), "id 48, URL 512, key 40 chars");
            budget.AddDocument(ConfigDocument.FileName(ConfigDocument.Settings), Size(flash, ConfigDocument.FileName(ConfigDocument.Settings)),
                "every writable key at its longest value");
            budget.AddDocument(ConfigDocument.FileName(ConfigDocument.Security), Size(flash, ConfigDocument.FileName(ConfigDocument.Security)),
                "AuthorizationKey 40 chars, SecurityProfile");
            ChargerRig availability = ChargerRig.WithHardware();
            Assert.Equal("Accepted", availability.ChangeAvailability(0, "Inoperative"));
            budget.AddDocument(Availability.FileName, Size(availability.Flash, Availability.FileName), "a flag for the charger and each connector");
            RestartRecord.Save(store, new RecordingLog(), new string('x', RestartRecord.MaxCauseLength + 50));
            budget.AddDocument(RestartRecord.FileName, Size(flash, RestartRecord.FileName), "the cause of the last fault restart, 200 chars");
            ReservationBook reservations = new ReservationBook(store, new RecordingLog());
            System.DateTime expiry = new System.DateTime(2099, 12, 31, 23, 59, 59, System.DateTimeKind.Utc);
            reservations.Put(new HeldReservation(int.MaxValue, 0, new string('T', 20), new string('P', 20), expiry));
            reservations.Put(new HeldReservation(int.MaxValue - 1, 1, new string('T', 20), new string('P', 20), expiry));
            budget.AddDocument(ReservationBook.FileName, Size(flash, ReservationBook.FileName), "a reservation on connector 0 and on each connector, idTag and parentIdTag 20 chars");
            FirmwareUpdateRecord update = new FirmwareUpdateRecord
            {
                Phase = FirmwareUpdateRecord.Restarting,
                Location = new string('u', UpdateFirmware.MaxLocationLength),
                Slot = SlotTable.SlotB,
                Version = new string('9', 32),
            };
            update.Save(store);
            budget.AddDocument(FirmwareUpdateRecord.FileName, Size(flash, FirmwareUpdateRecord.FileName), "an update in progress, location 512 chars, version 32");
            new SlotTable { Active = SlotTable.SlotA, Trial = SlotTable.SlotB, TrialBoots = SlotTable.MaxTrialBoots }.Save(flash);
            budget.AddDocument(SlotTable.FileName, Size(flash, SlotTable.FileName), "the confirmed slot and one on trial");
            budget.AddReserve("flash log", 2 * FlashLog.MaxFileBytes, "log0.txt and log1.txt, renamed rather than copied");
            budget.AddReserve("firmware slots", 2 * SlotFiles.ReferenceBoardSlotBytes, "the running slot and the one an update writes, manifest included");
            StorageReserves.AddTo(budget);

            Partition config = PartitionTable.Load(Path.Combine(RepoPaths.FolderHolding("partitions.csv"), "partitions.csv")).Config;
            _output.WriteLine(budget.Report(config.Size));
            Assert.True(budget.TotalBytes <= config.Size,
                "worst case " + budget.TotalBytes + " B does not fit the " + config.Size + " B config partition:\n" + budget.Report(config.Size));
        }

        [Fact]
        public void The_local_list_at_its_largest_fits_its_reserve()
        {
            ChargerRig rig = ConfigurationCalls.Booted(ChargerProfiles.DefaultName);
            int maxLength = rig.Charger.Configuration.Find(KeyNames.LocalAuthListMaxLength).IntValue;
            int perRequest = rig.Charger.Configuration.Find(KeyNames.SendLocalListMaxLength).IntValue;
            string expiry = ChargerRig.Iso(ChargerRig.Start.AddYears(5));
            for (int sent = 0; sent < maxLength; sent += perRequest)
            {
                string[] entries = Enumerable.Range(sent, Math.Min(perRequest, maxLength - sent))
                    .Select(i => LocalListCalls.Entry(i.ToString("D20"), "Accepted", new string('P', 20), expiry)).ToArray();
                Assert.Equal("Accepted", rig.SendLocalList(sent == 0 ? "Full" : "Differential", 1 + sent, entries));
            }

            int size = Size(rig.Flash, LocalListDocument.FileName);
            _output.WriteLine(LocalListDocument.FileName + " with " + maxLength + " entries at their longest: " + size + " B");
            Assert.Equal(LocalListDocument.MaxBytes(maxLength), size);
            Assert.True(size <= StorageReserves.LocalListBytes, size + " B exceed the " + StorageReserves.LocalListBytes + " B reserved");
        }

        [Fact]
        public void The_charging_profiles_at_their_largest_fit_their_reserve()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            int installed = rig.Charger.Configuration.Find(KeyNames.MaxChargingProfilesInstalled).IntValue;
            int periods = rig.Charger.Configuration.Find(KeyNames.ChargingScheduleMaxPeriods).IntValue;
            string validity = ",\"recurrencyKind\":\"Weekly\",\"validFrom\":\"" + ChargerRig.Iso(ChargerRig.Start) + "\",\"validTo\":\"" + ChargerRig.Iso(ChargerRig.Start.AddYears(5)) + "\"";
            (int, decimal)[] schedule = Enumerable.Range(0, periods).Select(i => (i * 60, 6m + i)).ToArray();
            for (int i = 0; i < installed; i++)
            {
                string profile = SmartChargingSteps.Profile(int.MinValue + i, i == 0 ? "ChargePointMaxProfile" : "TxDefaultProfile", Math.Max(i - 1, 0), "Recurring",
                    SmartChargingSteps.Schedule("W", int.MaxValue, ChargerRig.Start, schedule), validity);
                Assert.Equal("Accepted", rig.SetChargingProfile(i == 0 ? 0 : 1, profile));
            }

            int size = Size(rig.Flash, ProfileStore.FileName);
            _output.WriteLine(ProfileStore.FileName + " with " + installed + " profiles of " + periods + " periods: " + size + " B");
            Assert.True(size <= StorageReserves.ChargingProfilesBytes, size + " B exceed the " + StorageReserves.ChargingProfilesBytes + " B reserved");
        }

        [Fact]
        public void Every_writable_key_of_the_default_profile_is_stored_at_its_longest_value()
        {
            SimulatedFlash flash = new SimulatedFlash();
            ChargerConfiguration configuration = new ChargerConfiguration(ChargerProfiles.Default(), new DocumentStore(flash, new RecordingLog()), new RecordingLog());

            List<string> stored = FillConfiguration(configuration);

            ChargerConfiguration reloaded = new ChargerConfiguration(ChargerProfiles.Default(), new DocumentStore(flash, new RecordingLog()), new RecordingLog());
            Assert.NotEmpty(stored);
            foreach (string name in stored)
            {
                Assert.Equal(configuration.Find(name).StoredValue, reloaded.Find(name).StoredValue);
            }
        }

        private static Provisioning MaximalProvisioning()
        {
            string longestProfile = ChargerProfiles.Names.OrderByDescending(n => n.Length).First();
            const string start = "wss://csms.example.com/";
            Provisioning provisioning = new Provisioning
            {
                ChargePointId = new string('C', 48),
                CsmsUrl = start + new string('p', MaxCsmsUrl - start.Length),
                ProfileName = longestProfile,
                AuthorizationKey = new string('k', 40),
            };
            Assert.Null(provisioning.Validate());
            return provisioning;
        }

        /// <summary>Changes every writable key to its longest valid value, as a CSMS could; returns the keys changed.</summary>
        private static List<string> FillConfiguration(ChargerConfiguration configuration)
        {
            List<string> changed = new List<string>();

            // The password first: SecurityProfile 1 needs one.
            Accept(configuration, KeyNames.AuthorizationKey, new string('k', 40));
            for (int i = 0; i < configuration.Count; i++)
            {
                ConfigKey key = configuration[i];
                if (key.Access == ConfigKey.ReadOnly || key.Name == KeyNames.AuthorizationKey)
                {
                    continue;
                }

                Accept(configuration, key.Name, LongestValue(configuration, key));
                changed.Add(key.Name);
            }

            return changed;
        }

        private static void Accept(ChargerConfiguration configuration, string name, string value)
        {
            string result = configuration.Change(name, value);
            Assert.True(result == ChangeResult.Accepted || result == ChangeResult.RebootRequired, name + " = " + value + ": " + result);
        }

        private static string LongestValue(ChargerConfiguration configuration, ConfigKey key)
        {
            switch (key.Type)
            {
                case ConfigKey.Bool:
                    return "false";
                case ConfigKey.Integer:
                    if (key.Name == KeyNames.SecurityProfile)
                    {
                        // The highest level a charger without TLS accepts; one digit, like any level.
                        return "1";
                    }

                    string min = key.Min.ToString();
                    string max = key.Max.ToString();
                    return max.Length >= min.Length ? max : min;
                case ConfigKey.Text:
                    return new string('t', Math.Min(key.Max, MaxChangeValue));
                default:
                    return LongestList(key, configuration.MaxItems(key), configuration.Profile.NumberOfConnectors);
            }
        }

        /// <summary>The longest distinct items, as many as the key allows, within what one ChangeConfiguration carries.</summary>
        private static string LongestList(ConfigKey key, int maxItems, int connectors)
        {
            IEnumerable<string> candidates = key.Items;
            if (key.ItemRule == ConfigKey.ItemsPerConnector)
            {
                candidates = Enumerable.Range(0, connectors + 1).SelectMany(c => key.Items.Select(item => c + "." + item));
            }

            string list = string.Empty;
            int count = 0;
            foreach (string item in candidates.OrderByDescending(c => c.Length))
            {
                string longer = list.Length == 0 ? item : list + "," + item;
                if (count == maxItems || longer.Length > MaxChangeValue)
                {
                    break;
                }

                list = longer;
                count++;
            }

            return list;
        }

        private static int Size(SimulatedFlash flash, string name)
        {
            byte[] file = flash.Peek(name);
            Assert.True(file != null, name + " was not written");
            return file.Length;
        }
    }
}
