using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace NfGuard
{
    /// <summary>
    /// A profile package whose real assembly NfGuard.csproj restores from NuGet and copies into the packages folder
    /// (&lt;id&gt;.&lt;version&gt;/&lt;LibPath&gt;, the layout nfproj HintPaths name). Its identity is checked, so the
    /// guard never compiles against a different assembly than packages.txt promises.
    /// </summary>
    public static class NuGetAssembly
    {
        public const string Missing = "NF0108";
        public const string WrongIdentity = "NF0109";

        /// <summary>The folder beside NfGuard's own assembly that its build fills with the restored packages.</summary>
        public static string DefaultPackagesDirectory => Path.Combine(AppContext.BaseDirectory, "nfpackages");

        public static MetadataReference Load(ProfilePackage package, string packagesDirectory, string catalogPath, string project, List<GuardDiagnostic> errors)
        {
            string path = Path.Combine(packagesDirectory, package.PackageRelativeLibPath.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                errors.Add(GuardDiagnostic.ForFile(path, Missing,
                    $"the real {package.Id} {package.Version} assembly is missing; NfGuard.csproj must restore that package and copy {package.LibPath} here (run 'dotnet build tests/NanoEvse.Tests')",
                    project));
                return null;
            }

            byte[] image = File.ReadAllBytes(path);
            string problem = IdentityProblem(image, package);
            if (problem != null)
            {
                errors.Add(GuardDiagnostic.ForFile(catalogPath, WrongIdentity, $"{path}: {problem}", project));
                return null;
            }

            return MetadataReference.CreateFromImage(image, filePath: path);
        }

        /// <summary>Null when the assembly is the one packages.txt names: same simple name, same major.minor.build.</summary>
        public static string IdentityProblem(byte[] image, ProfilePackage package)
        {
            try
            {
                using (var pe = new PEReader(new MemoryStream(image)))
                {
                    if (!pe.HasMetadata)
                    {
                        return "not a .NET assembly";
                    }

                    MetadataReader metadata = pe.GetMetadataReader();
                    if (!metadata.IsAssembly)
                    {
                        return "a module without an assembly manifest";
                    }

                    AssemblyDefinition definition = metadata.GetAssemblyDefinition();
                    string name = metadata.GetString(definition.Name);
                    Version version = definition.Version;
                    if (!string.Equals(name, package.AssemblyName, StringComparison.Ordinal))
                    {
                        return $"assembly '{name}', but packages.txt expects '{package.AssemblyName}' for {package.Id}";
                    }

                    if (!System.Version.TryParse(package.Version, out Version expected)
                        || expected.Major != version.Major || expected.Minor != version.Minor || Math.Max(expected.Build, 0) != version.Build)
                    {
                        return $"{name} version {version}, but packages.txt pins {package.Id} {package.Version}";
                    }

                    return null;
                }
            }
            catch (BadImageFormatException e)
            {
                return "not a readable assembly: " + e.Message;
            }
        }
    }
}
