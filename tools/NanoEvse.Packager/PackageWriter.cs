using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace NanoEvse.Packager
{
    /// <summary>Writes the wire format of the firmware's README: magic, manifest length, manifest, files, SHA-256 trailer.</summary>
    internal static class PackageWriter
    {
        public static readonly byte[] Magic = Encoding.ASCII.GetBytes("NEVSEPKG");

        /// <summary>Writes the package to <paramref name="path"/>; returns its length in bytes.</summary>
        public static long Write(string path, PackageInputs inputs)
        {
            using (FileStream package = new FileStream(path, FileMode.Create, FileAccess.Write))
            using (IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                void Put(byte[] data, int count)
                {
                    package.Write(data, 0, count);
                    hash.AppendData(data, 0, count);
                }

                byte[] length = BitConverter.GetBytes((uint)inputs.Manifest.Length);
                if (!BitConverter.IsLittleEndian)
                {
                    Array.Reverse(length);
                }

                Put(Magic, Magic.Length);
                Put(length, length.Length);
                Put(inputs.Manifest, inputs.Manifest.Length);
                byte[] buffer = new byte[64 * 1024];
                foreach (string file in inputs.Paths)
                {
                    using (FileStream source = File.OpenRead(file))
                    {
                        int read;
                        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
                        {
                            Put(buffer, read);
                        }
                    }
                }

                package.Write(hash.GetHashAndReset());
                return package.Length;
            }
        }
    }
}
