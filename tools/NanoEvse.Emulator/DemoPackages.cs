using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NanoEvse.Packager;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Update packages made by the project's packager, exactly as a release is, from files of given bytes. The
    /// emulator's operator console publishes one for <c>update-firmware VERSION</c>: the emulator runs no .pe images,
    /// so stand-in files carry the version, and the charger checks the package as a device does.
    /// </summary>
    public static class DemoPackages
    {
        /// <summary>A package of <paramref name="files"/>; throws <see cref="ArgumentException"/> with the packager's message when it refuses them.</summary>
        public static byte[] Build(string version, string target, int minLoader, params (string Name, byte[] Content)[] files)
        {
            DirectoryInfo dir = Directory.CreateTempSubdirectory("nanoevse-package-");
            try
            {
                string output = Path.Combine(dir.FullName, "update.nevpkg");
                List<string> args = new List<string>
                {
                    "--version", version, "--target", target, "--min-loader", minLoader.ToString(CultureInfo.InvariantCulture), "--out", output,
                };
                foreach ((string name, byte[] content) in files)
                {
                    string path = Path.Combine(dir.FullName, name);
                    File.WriteAllBytes(path, content);
                    args.Add(path);
                }

                StringWriter messages = new StringWriter();
                if (PackagerApp.Run(args.ToArray(), messages) != PackagerApp.ExitOk)
                {
                    throw new ArgumentException(messages.ToString().Trim());
                }

                return File.ReadAllBytes(output);
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        }

        /// <summary>The emulator's firmware of <paramref name="version"/>: stand-ins for the charger's two assemblies.</summary>
        public static byte[] ForEmulator(string version)
        {
            return Build(version, EmulatedCharger.Target, EmulatedCharger.LoaderVersion,
                ("NanoEvse.ChargePoint.pe", StandIn("charger core " + version, 6000)),
                ("NanoEvse.Device.pe", StandIn("charger entry " + version, 1500)));
        }

        private static byte[] StandIn(string text, int size)
        {
            byte[] seed = Encoding.UTF8.GetBytes(text);
            byte[] content = new byte[size];
            for (int i = 0; i < size; i++)
            {
                content[i] = (byte)(seed[i % seed.Length] ^ (i * 31));
            }

            return content;
        }
    }
}
