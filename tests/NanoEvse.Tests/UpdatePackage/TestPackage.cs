using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Tests.UpdatePackage
{
    /// <summary>
    /// Packages assembled byte by byte from the wire format in the assembly's README, independently of the packager,
    /// so a test can also make the invalid ones the packager refuses to write.
    /// </summary>
    public static class TestPackage
    {
        public const string Version = "1.2.0";
        public const string Target = "nanoEVSE-AC1";

        /// <summary>Magic, manifest length, manifest, files, then the SHA-256 of all of it.</summary>
        public static byte[] Compose(byte[] manifest, params byte[][] files)
        {
            using MemoryStream package = new MemoryStream();
            package.Write(Encoding.ASCII.GetBytes("NEVSEPKG"));
            package.Write(BitConverter.GetBytes((uint)manifest.Length));
            package.Write(manifest);
            foreach (byte[] file in files)
            {
                package.Write(file);
            }

            package.Write(SHA256.HashData(package.ToArray()));
            return package.ToArray();
        }

        public static byte[] Compose(string manifest, params byte[][] files) => Compose(Encoding.UTF8.GetBytes(manifest), files);

        /// <summary>A valid manifest for files with these names and contents.</summary>
        public static string Manifest(string[] names, byte[][] files)
        {
            string entries = string.Join(",", names.Select((name, i) =>
                "{\"name\":\"" + name + "\",\"size\":" + files[i].Length + ",\"sha256\":\"" + Hex(files[i]) + "\"}"));
            return "{\"format\":1,\"version\":\"" + Version + "\",\"target\":\"" + Target + "\",\"minLoader\":1,\"files\":[" + entries + "]}";
        }

        public static string Hex(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

        public static byte[] RandomBytes(int length, int seed)
        {
            byte[] data = new byte[length];
            new Random(seed).NextBytes(data);
            return data;
        }

        /// <summary>Feeds <paramref name="package"/> in chunks of <paramref name="chunk"/> bytes (0: at once), then ends the transfer.</summary>
        public static PackageReader Read(byte[] package, int chunk, IPackageSink sink)
        {
            PackageReader reader = new PackageReader(sink);
            Feed(reader, package, chunk);
            reader.End();
            return reader;
        }

        public static void Feed(PackageReader reader, byte[] package, int chunk)
        {
            int step = chunk == 0 ? Math.Max(package.Length, 1) : chunk;
            for (int offset = 0; offset < package.Length; offset += step)
            {
                reader.Feed(package, offset, Math.Min(step, package.Length - offset));
            }
        }
    }
}
