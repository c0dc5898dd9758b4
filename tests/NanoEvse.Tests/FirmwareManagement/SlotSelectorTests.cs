using System.Text;
using NanoEvse.Hal.Host;
using NanoEvse.UpdatePackage;
using Xunit;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>The loader's choice at boot, over a flash the test lays out.</summary>
    public class SlotSelectorTests
    {
        private readonly SimulatedFlash _flash = new SimulatedFlash();

        [Fact]
        public void An_empty_flash_runs_the_built_in_assemblies()
        {
            SlotChoice choice = SlotSelector.Choose(_flash, 1);

            Assert.Null(choice.Slot);
            Assert.Null(choice.Manifest);
            Assert.Equal(string.Empty, choice.Refusals);
        }

        [Fact]
        public void A_trial_slot_runs_with_its_boot_counted_and_is_given_up_after_the_limit()
        {
            Install("A", "2.0.0");
            new SlotTable { Trial = "A" }.Save(_flash);

            for (int boot = 1; boot <= SlotTable.MaxTrialBoots; boot++)
            {
                Assert.Equal("A", SlotSelector.Choose(_flash, 1).Slot);
                Assert.Equal(boot, SlotTable.Load(_flash).TrialBoots);
            }

            SlotChoice reverted = SlotSelector.Choose(_flash, 1);
            Assert.Null(reverted.Slot);
            Assert.Contains("was not confirmed within 3 boots", reverted.Refusals);
            Assert.Null(SlotTable.Load(_flash).Trial);
        }

        [Fact]
        public void A_damaged_trial_slot_falls_back_to_the_confirmed_one()
        {
            Install("A", "2.0.0");
            Install("B", "3.0.0");
            new SlotTable { Active = "A", Trial = "B" }.Save(_flash);
            _flash.Delete(SlotFiles.FileOf("B", "NanoEvse.App.pe"));

            SlotChoice choice = SlotSelector.Choose(_flash, 1);

            Assert.Equal("A", choice.Slot);
            Assert.Equal("2.0.0", choice.Manifest.Version);
            Assert.Contains("slot B: NanoEvse.App.pe is missing", choice.Refusals);
            Assert.Null(SlotTable.Load(_flash).Trial);
        }

        [Fact]
        public void A_slot_without_its_manifest_is_incomplete_and_never_runs()
        {
            Install("A", "2.0.0");
            _flash.Delete(SlotFiles.ManifestOf("A"));
            new SlotTable { Active = "A" }.Save(_flash);

            SlotChoice choice = SlotSelector.Choose(_flash, 1);

            Assert.Null(choice.Slot);
            Assert.Contains("slot A is incomplete (no manifest)", choice.Refusals);
        }

        [Fact]
        public void A_slot_whose_file_fails_its_hash_or_needs_a_newer_loader_is_passed_over()
        {
            Install("A", "2.0.0", minLoader: 2);
            new SlotTable { Active = "A" }.Save(_flash);
            Assert.Contains("slot A needs loader 2, this is 1", SlotSelector.Choose(_flash, 1).Refusals);
            Assert.Equal("A", SlotSelector.Choose(_flash, 2).Slot);

            byte[] core = _flash.Peek(SlotFiles.FileOf("A", "NanoEvse.ChargePoint.pe"));
            core[0] ^= 0xFF;
            _flash.Put(SlotFiles.FileOf("A", "NanoEvse.ChargePoint.pe"), core);
            Assert.Contains("slot A: NanoEvse.ChargePoint.pe fails its SHA-256", SlotSelector.Choose(_flash, 2).Refusals);
        }

        [Fact]
        public void A_table_cut_between_delete_and_rename_is_read_from_its_new_file()
        {
            Install("A", "2.0.0");
            new SlotTable { Active = "A" }.Save(_flash);
            _flash.Rename(SlotTable.FileName, SlotTable.NewFileName);

            Assert.Equal("A", SlotSelector.Choose(_flash, 1).Slot);
        }

        [Theory]
        [InlineData("garbage")]
        [InlineData("nevse-slots 1\ntrial=A\nboots=x\n")]
        public void An_unreadable_table_or_count_never_traps_the_charger_in_a_trial(string table)
        {
            Install("A", "2.0.0");
            _flash.Put(SlotTable.FileName, Encoding.UTF8.GetBytes(table));

            Assert.Null(SlotSelector.Choose(_flash, 1).Slot);
        }

        /// <summary>A slot as an update leaves it: the package's files, then its manifest.</summary>
        private void Install(string slot, string version, int minLoader = 1)
        {
            PackageReader reader = new PackageReader(new NanoEvse.FirmwareManagement.SlotWriter(_flash, slot));
            byte[] package = TestPackages.Build(version, TestPackages.Target, minLoader);
            reader.Feed(package, 0, package.Length);
            reader.End();
            Assert.Equal(PackageState.Done, reader.State);
            SlotFiles.WriteManifest(_flash, slot, reader.Manifest);
        }
    }
}
