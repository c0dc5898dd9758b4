using System.Text;
using NanoEvse.Hal;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The charger profile a --data-dir's flash belongs to, kept in emulator.dat beside the firmware's files: the
    /// stored configuration is that model's, so a later run takes the profile from here and refuses another one
    /// unless --force-profile says so. The firmware never reads this file.
    /// </summary>
    public static class ProfileRecord
    {
        public const string FileName = "emulator.dat";
        private const string Prefix = "profile=";

        /// <summary>The recorded profile name, or null when none is recorded.</summary>
        public static string Load(IFileStore flash)
        {
            byte[] data = flash.Read(FileName);
            string text = data == null ? null : Encoding.UTF8.GetString(data).Trim();
            return text != null && text.StartsWith(Prefix, System.StringComparison.Ordinal) ? text.Substring(Prefix.Length) : null;
        }

        public static void Save(IFileStore flash, string profileName)
        {
            byte[] data = Encoding.UTF8.GetBytes(Prefix + profileName + "\n");
            flash.Write(FileName, data, data.Length);
        }
    }
}
