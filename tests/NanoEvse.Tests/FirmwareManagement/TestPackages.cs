using System;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>Update packages made by the project's packager (through the emulator's <see cref="NanoEvse.Emulator.DemoPackages"/>), from .pe-named files of the test's bytes.</summary>
    public static class TestPackages
    {
        public const string Target = "nanoEVSE-AC1";

        public static byte[] Build(string version, string target = Target, int minLoader = 1, params (string Name, byte[] Content)[] files)
        {
            return NanoEvse.Emulator.DemoPackages.Build(version, target, minLoader, files.Length == 0 ? DefaultFiles(version) : files);
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
