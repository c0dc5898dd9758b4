using System;
using System.Collections.Generic;
using System.IO;
using NanoEvse.Packager;
using Xunit;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>Update packages made by the project's packager, as a release would be, from .pe-named files of the test's bytes.</summary>
    public static class TestPackages
    {
        public const string Target = "nanoEVSE-AC1";

        public static byte[] Build(string version, string target = Target, int minLoader = 1, params (string Name, byte[] Content)[] files)
        {
            if (files.Length == 0)
            {
                files = DefaultFiles(version);
            }

            DirectoryInfo dir = Directory.CreateTempSubdirectory("nanoevse-pkg-");
            try
            {
                List<string> args = new List<string> { "--version", version, "--target", target, "--min-loader", minLoader.ToString(), "--out", Path.Combine(dir.FullName, "update.nevpkg") };
                foreach ((string name, byte[] content) in files)
                {
                    string path = Path.Combine(dir.FullName, name);
                    File.WriteAllBytes(path, content);
                    args.Add(path);
                }

                StringWriter output = new StringWriter();
                Assert.True(PackagerApp.Run(args.ToArray(), output) == PackagerApp.ExitOk, output.ToString());
                return File.ReadAllBytes(Path.Combine(dir.FullName, "update.nevpkg"));
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        }

        /// <summary>Two assemblies whose bytes name the version, so a slot of one version never matches another's hashes.</summary>
        public static (string, byte[])[] DefaultFiles(string version)
        {
            return new[]
            {
                ("NanoEvse.ChargePoint.pe", Filled(3000, "core " + version)),
                ("NanoEvse.App.pe", Filled(1200, "app " + version)),
            };
        }

        private static byte[] Filled(int size, string seed)
        {
            byte[] bytes = new byte[size];
            Random random = new Random(seed.GetHashCode());
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
