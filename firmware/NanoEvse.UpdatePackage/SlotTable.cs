using System.Text;
using NanoEvse.Hal;

namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// Which slot of charger assemblies the loader runs (fwslots.dat): the confirmed one, and one on trial with the
    /// boots it has had. Written as fwslots.new and renamed over, so a power cut leaves the old table or the new one.
    /// A missing or unreadable table means the assemblies built into the image.
    /// </summary>
    public sealed class SlotTable
    {
        public const string FileName = "fwslots.dat";
        public const string NewFileName = "fwslots.new";
        public const string SlotA = "A";
        public const string SlotB = "B";

        /// <summary>A slot that has not been confirmed after this many boots is given up.</summary>
        public const int MaxTrialBoots = 3;

        private const string Header = "nevse-slots 1";

        /// <summary>The confirmed slot, or null for the built-in assemblies.</summary>
        public string Active;

        /// <summary>The slot on trial, or null.</summary>
        public string Trial;

        public int TrialBoots;

        /// <summary>The other slot: the one an update may write while <paramref name="running"/> runs (null: the image).</summary>
        public static string Other(string running)
        {
            return running == SlotA ? SlotB : SlotA;
        }

        public static SlotTable Load(IFileStore flash)
        {
            byte[] file = flash.Read(FileName);
            if (file == null)
            {
                // A power cut between removing the old table and renaming the new one.
                file = flash.Read(NewFileName);
            }

            SlotTable table = new SlotTable();
            if (file == null)
            {
                return table;
            }

            string[] lines = Encoding.UTF8.GetString(file, 0, file.Length).Split('\n');
            if (lines.Length < 1 || lines[0] != Header)
            {
                return table;
            }

            for (int i = 1; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line == "active=" + SlotA || line == "active=" + SlotB)
                {
                    table.Active = line.Substring(7);
                }
                else if (line == "trial=" + SlotA || line == "trial=" + SlotB)
                {
                    table.Trial = line.Substring(6);
                }
                else if (line.StartsWith("boots="))
                {
                    // An unreadable count gives the trial up rather than risk a boot loop.
                    int boots = ParseCount(line.Substring(6));
                    table.TrialBoots = boots < 0 ? MaxTrialBoots + 1 : boots;
                }
            }

            return table;
        }

        public void Save(IFileStore flash)
        {
            string text = Header + "\n" + (Active == null ? string.Empty : "active=" + Active + "\n")
                + (Trial == null ? string.Empty : "trial=" + Trial + "\n") + "boots=" + TrialBoots + "\n";
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            flash.Write(NewFileName, bytes, bytes.Length);
            flash.Delete(FileName);
            flash.Rename(NewFileName, FileName);
        }

        /// <summary>The count, or -1 when it is not a small decimal number.</summary>
        private static int ParseCount(string text)
        {
            char[] digits = text.ToCharArray();
            if (digits.Length == 0 || digits.Length > 4)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                if (digits[i] < '0' || digits[i] > '9')
                {
                    return -1;
                }

                value = value * 10 + (digits[i] - '0');
            }

            return value;
        }
    }
}
