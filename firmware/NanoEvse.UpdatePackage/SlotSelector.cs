using System.IO;
using NanoEvse.Hal;

namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// The loader's choice at boot, made before it loads anything: the slot on trial (its boot counted first, so a
    /// slot that never gets confirmed is given up after <see cref="SlotTable.MaxTrialBoots"/> boots), else the
    /// confirmed slot, else the built-in assemblies; a slot that is incomplete, fails its hashes or needs a newer
    /// loader is passed over. The emulator makes the same choice, so the host runs what a device would.
    /// </summary>
    public static class SlotSelector
    {
        public static SlotChoice Choose(IFileStore flash, int loaderVersion)
        {
            SlotChoice choice = new SlotChoice();
            SlotTable table = SlotTable.Load(flash);
            if (table.Trial != null)
            {
                table.TrialBoots++;
                if (table.TrialBoots > SlotTable.MaxTrialBoots)
                {
                    Refuse(choice, "slot " + table.Trial + " was not confirmed within " + SlotTable.MaxTrialBoots + " boots");
                    table.Trial = null;
                    table.TrialBoots = 0;
                }

                Store(flash, table, choice);
                if (table.Trial != null && Usable(flash, table.Trial, loaderVersion, choice))
                {
                    return choice;
                }

                if (table.Trial != null)
                {
                    table.Trial = null;
                    table.TrialBoots = 0;
                    Store(flash, table, choice);
                }
            }

            if (table.Active != null && Usable(flash, table.Active, loaderVersion, choice))
            {
                return choice;
            }

            choice.Slot = null;
            choice.Manifest = null;
            return choice;
        }

        private static bool Usable(IFileStore flash, string slot, int loaderVersion, SlotChoice choice)
        {
            string error;
            PackageManifest manifest = SlotFiles.ReadManifest(flash, slot, out error);
            if (manifest != null && manifest.MinLoader > loaderVersion)
            {
                error = "slot " + slot + " needs loader " + manifest.MinLoader + ", this is " + loaderVersion;
            }
            else if (manifest != null)
            {
                error = SlotFiles.Verify(flash, slot, manifest);
            }

            if (error != null)
            {
                Refuse(choice, error);
                return false;
            }

            choice.Slot = slot;
            choice.Manifest = manifest;
            return true;
        }

        /// <summary>A table that cannot be written still lets the charger run; the count is then lost for this boot.</summary>
        private static void Store(IFileStore flash, SlotTable table, SlotChoice choice)
        {
            try
            {
                table.Save(flash);
            }
            catch (IOException e)
            {
                Refuse(choice, "cannot store " + SlotTable.FileName + ": " + e.Message);
            }
        }

        private static void Refuse(SlotChoice choice, string why)
        {
            choice.Refusals = choice.Refusals.Length == 0 ? why : choice.Refusals + "\n" + why;
        }
    }
}
