using System.IO;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Packager
{
    /// <summary>A manifest as the tool prints it.</summary>
    internal static class ManifestText
    {
        public static void Write(PackageManifest manifest, TextWriter output)
        {
            output.WriteLine("  format     " + PackageManifest.Format);
            output.WriteLine("  version    " + manifest.Version);
            output.WriteLine("  target     " + manifest.Target);
            output.WriteLine("  minLoader  " + manifest.MinLoader);
            output.WriteLine("  files      " + manifest.Files.Length + ", " + manifest.TotalSize + " bytes");
            int width = 0;
            foreach (PackageFile file in manifest.Files)
            {
                width = file.Name.Length > width ? file.Name.Length : width;
            }

            foreach (PackageFile file in manifest.Files)
            {
                output.WriteLine("    " + file.Name.PadRight(width) + "  " + file.Size.ToString().PadLeft(10) + "  " + file.Sha256);
            }
        }
    }
}
