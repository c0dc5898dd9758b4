using System;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Packager
{
    /// <summary>The files to pack and the manifest that describes them, checked before anything is written.</summary>
    internal sealed class PackageInputs
    {
        private PackageInputs(string[] paths, byte[] manifest)
        {
            Paths = paths;
            Manifest = manifest;
        }

        /// <summary>The files on disk, in manifest order.</summary>
        public string[] Paths { get; }

        /// <summary>The manifest as UTF-8 JSON, accepted by the firmware's own parser.</summary>
        public byte[] Manifest { get; }

        /// <summary>Reads and hashes the files; null with <paramref name="error"/> when an input is unusable.</summary>
        public static PackageInputs Read(PackagerOptions options, out string error)
        {
            if (Directory.Exists(options.OutputPath))
            {
                error = "--out " + options.OutputPath + " is a directory";
                return null;
            }

            PackageFile[] files = new PackageFile[options.Files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                files[i] = Describe(options.Files[i], out error);
                if (files[i] == null)
                {
                    return null;
                }
            }

            byte[] manifest = ManifestJson(options, files);
            if (manifest.Length > PackageReader.MaxManifestBytes)
            {
                error = "the manifest would take " + manifest.Length + " bytes; a package allows " + PackageReader.MaxManifestBytes;
                return null;
            }

            if (PackageManifest.Parse(manifest, 0, manifest.Length, out error) == null)
            {
                error = "invalid manifest: " + error;
                return null;
            }

            return new PackageInputs((string[])options.Files.Clone(), manifest);
        }

        private static PackageFile Describe(string path, out string error)
        {
            error = null;
            if (Directory.Exists(path))
            {
                error = path + " is a directory, not a .pe file";
                return null;
            }

            if (!File.Exists(path))
            {
                error = path + ": no such file";
                return null;
            }

            string name = Path.GetFileName(path);
            if (!name.EndsWith(".pe", StringComparison.Ordinal))
            {
                error = path + " is not a .pe file: a package holds the device build's .pe assemblies";
                return null;
            }

            long size = new FileInfo(path).Length;
            if (size == 0 || size > int.MaxValue)
            {
                error = path + (size == 0 ? " is empty" : " is too large for a package");
                return null;
            }

            using (FileStream stream = File.OpenRead(path))
            {
                return new PackageFile { Name = name, Size = (int)size, Sha256 = Convert.ToHexStringLower(SHA256.HashData(stream)) };
            }
        }

        private static byte[] ManifestJson(PackagerOptions options, PackageFile[] files)
        {
            PackageManifest manifest = new PackageManifest
            {
                Version = options.Version,
                Target = options.Target,
                MinLoader = options.MinLoader,
                Files = files,
            };
            return manifest.ToJson();
        }
    }
}
