using System;
using System.IO;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Packager
{
    /// <summary>
    /// nanoevse-package: builds an update package from the device build's .pe files, or verifies one and prints its
    /// manifest. Both judge the package with the firmware's own PackageManifest and PackageReader, so what the tool
    /// accepts is what a charger accepts.
    /// </summary>
    public static class PackagerApp
    {
        public const int ExitOk = 0;
        /// <summary>The package does not verify, or cannot be read or written.</summary>
        public const int ExitFailed = 1;
        /// <summary>Bad command line or input files; nothing is written.</summary>
        public const int ExitUsage = 2;

        public static int Run(string[] args, TextWriter output)
        {
            PackagerOptions options = new PackagerCommandLine().Parse(args, out string error);
            if (options == null)
            {
                output.WriteLine("nanoevse-package: " + error);
                output.WriteLine(PackagerOptions.Usage);
                return ExitUsage;
            }

            if (options.ShowHelp)
            {
                output.WriteLine(PackagerOptions.Usage);
                return ExitOk;
            }

            return options.ShowPath != null ? Show(options.ShowPath, output) : Build(options, output);
        }

        private static int Build(PackagerOptions options, TextWriter output)
        {
            PackageInputs inputs = PackageInputs.Read(options, out string error);
            if (inputs == null)
            {
                output.WriteLine("nanoevse-package: " + error);
                return ExitUsage;
            }

            string temporary = options.OutputPath + ".tmp";
            try
            {
                string folder = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath));
                Directory.CreateDirectory(folder);
                long bytes = PackageWriter.Write(temporary, inputs);
                PackageReader check = PackageVerifier.Verify(temporary);
                if (check.State != PackageState.Done)
                {
                    // An input changed while it was being read, most likely; a package that fails here would fail on the charger.
                    File.Delete(temporary);
                    output.WriteLine("nanoevse-package: the package written does not verify (" + check.Error + "); nothing was kept");
                    return ExitFailed;
                }

                File.Move(temporary, options.OutputPath, overwrite: true);
                output.WriteLine("Wrote " + options.OutputPath + " (" + bytes + " bytes), verified as the charger will:");
                ManifestText.Write(check.Manifest, output);
                return ExitOk;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }

                output.WriteLine("nanoevse-package: cannot write " + options.OutputPath + ": " + e.Message);
                return ExitFailed;
            }
        }

        private static int Show(string path, TextWriter output)
        {
            if (!File.Exists(path))
            {
                output.WriteLine("nanoevse-package: " + path + ": no such file");
                return ExitUsage;
            }

            PackageReader reader;
            try
            {
                reader = PackageVerifier.Verify(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                output.WriteLine("nanoevse-package: cannot read " + path + ": " + e.Message);
                return ExitFailed;
            }

            if (reader.State != PackageState.Done)
            {
                output.WriteLine("nanoevse-package: " + path + " is not a valid package: " + reader.Error + " (at byte " + reader.BytesRead + ")");
                return ExitFailed;
            }

            output.WriteLine(path + ": a valid update package (" + reader.BytesRead + " bytes)");
            ManifestText.Write(reader.Manifest, output);
            return ExitOk;
        }
    }
}
