using System;

namespace NanoEvse.Packager
{
    /// <summary>What the command line asked for: build a package from files, or show one.</summary>
    internal sealed class PackagerOptions
    {
        public const string Usage =
            "usage: nanoevse-package --version VERSION --target TARGET [--min-loader N] --out PACKAGE FILE.pe...\n" +
            "       nanoevse-package --show PACKAGE\n" +
            "  --version VERSION   firmware version the package installs, 1 to 32 characters\n" +
            "  --target TARGET     hardware the package is for, e.g. nanoEVSE-AC1\n" +
            "  --min-loader N      oldest loader able to install it (default 1)\n" +
            "  --out PACKAGE       the package to write, e.g. update.nevpkg\n" +
            "  FILE.pe...          the device build's assemblies, in the order the loader gets them\n" +
            "  --show PACKAGE      verify a package as the charger does and print its manifest";

        public bool ShowHelp { get; set; }
        public string ShowPath { get; set; }
        public string Version { get; set; }
        public string Target { get; set; }
        public int MinLoader { get; set; } = 1;
        public string OutputPath { get; set; }
        public string[] Files { get; set; } = Array.Empty<string>();
    }
}
