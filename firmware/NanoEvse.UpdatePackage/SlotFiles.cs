using System.IO;
using NanoEvse.Hal;

namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// A slot in the flash: its files are named fwA_NAME.pe (or fwB_), and its manifest fwA.manifest, written only
    /// once every file has arrived intact, so a slot without a manifest is incomplete and never runs.
    /// </summary>
    public static class SlotFiles
    {
        /// <summary>The flash's erase block: every file takes whole blocks.</summary>
        public const int BlockBytes = 4096;

        /// <summary>
        /// What one slot may take on the reference board's 4 MB flash (256 KiB LittleFS): what is left after every other
        /// file at its largest, shared by two slots (the running one and the one being written); StorageBudgetTests keeps
        /// it true. Whole-charger updates need a larger volume (8 MB flash: 2 MiB); see README.
        /// </summary>
        public const int ReferenceBoardSlotBytes = 3 * BlockBytes;

        /// <summary>The flash a slot of <paramref name="manifest"/> takes: its manifest and each file, in whole blocks.</summary>
        public static int FlashBytes(PackageManifest manifest)
        {
            int blocks = 1;
            for (int i = 0; i < manifest.Files.Length; i++)
            {
                blocks += (manifest.Files[i].Size + BlockBytes - 1) / BlockBytes;
            }

            return blocks * BlockBytes;
        }

        public static string FileOf(string slot, string name)
        {
            return "fw" + slot + "_" + name;
        }

        public static string ManifestOf(string slot)
        {
            return "fw" + slot + ".manifest";
        }

        /// <summary>Removes the slot's manifest first, then its files: a slot cut short by a power cut is incomplete, not mixed.</summary>
        public static void Clear(IFileStore flash, string slot)
        {
            flash.Delete(ManifestOf(slot));
            string prefix = "fw" + slot + "_";
            string[] names = flash.List();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].StartsWith(prefix))
                {
                    flash.Delete(names[i]);
                }
            }
        }

        public static void WriteManifest(IFileStore flash, string slot, PackageManifest manifest)
        {
            byte[] bytes = manifest.ToJson();
            flash.Write(ManifestOf(slot), bytes, bytes.Length);
        }

        /// <summary>The slot's manifest, or null with the reason (incomplete slot, unreadable manifest).</summary>
        public static PackageManifest ReadManifest(IFileStore flash, string slot, out string error)
        {
            byte[] file = flash.Read(ManifestOf(slot));
            if (file == null)
            {
                error = "slot " + slot + " is incomplete (no manifest)";
                return null;
            }

            PackageManifest manifest = PackageManifest.Parse(file, 0, file.Length, out error);
            if (manifest == null)
            {
                error = "slot " + slot + ": " + error;
            }

            return manifest;
        }

        /// <summary>Null when every file of <paramref name="manifest"/> is in the slot with its size and SHA-256; otherwise the first problem.</summary>
        public static string Verify(IFileStore flash, string slot, PackageManifest manifest)
        {
            for (int i = 0; i < manifest.Files.Length; i++)
            {
                PackageFile expected = manifest.Files[i];
                byte[] file;
                try
                {
                    file = flash.Read(FileOf(slot, expected.Name));
                }
                catch (IOException e)
                {
                    return "slot " + slot + ": " + expected.Name + " unreadable (" + e.Message + ")";
                }

                if (file == null)
                {
                    return "slot " + slot + ": " + expected.Name + " is missing";
                }

                if (file.Length != expected.Size)
                {
                    return "slot " + slot + ": " + expected.Name + " has " + file.Length + " bytes, not " + expected.Size;
                }

                Sha256 hash = new Sha256();
                hash.Append(file, 0, file.Length);
                if (Sha256.ToHex(hash.Finish()) != expected.Sha256)
                {
                    return "slot " + slot + ": " + expected.Name + " fails its SHA-256";
                }
            }

            return null;
        }
    }
}
