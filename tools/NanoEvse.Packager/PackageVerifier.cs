using System.IO;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Packager
{
    /// <summary>Runs a package file through the firmware's PackageReader in the chunks a download would bring.</summary>
    internal static class PackageVerifier
    {
        public const int ChunkBytes = 4096;

        /// <summary>The reader after the whole file and End(): Done, or Failed with its reason.</summary>
        public static PackageReader Verify(string path)
        {
            PackageReader reader = new PackageReader(new DiscardingSink());
            byte[] chunk = new byte[ChunkBytes];
            using (FileStream package = File.OpenRead(path))
            {
                int read;
                while (reader.State != PackageState.Failed && (read = package.Read(chunk, 0, chunk.Length)) > 0)
                {
                    reader.Feed(chunk, 0, read);
                }
            }

            reader.End();
            return reader;
        }

        /// <summary>The reader checks each file's size and hash itself; verifying keeps no copy.</summary>
        private sealed class DiscardingSink : IPackageSink
        {
            public void BeginFile(PackageFile file)
            {
            }

            public void Write(byte[] data, int offset, int count)
            {
            }

            public void EndFile(PackageFile file)
            {
            }
        }
    }
}
