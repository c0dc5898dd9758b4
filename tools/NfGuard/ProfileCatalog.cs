using System;
using System.Collections.Generic;
using System.IO;

namespace NfGuard
{
    /// <summary>
    /// tools/NanoFrameworkProfile/packages.txt: the nanoFramework packages device projects compile against, one per line as
    /// <c>PackageId Version AssemblyName LibPath Source Dependencies</c> (Source 'nuget' or 'declared'; dependencies
    /// comma-separated, or '-').
    /// </summary>
    public sealed class ProfileCatalog
    {
        public const string FileName = "packages.txt";

        /// <summary>The real assembly, restored from NuGet by NfGuard.csproj.</summary>
        public const string NuGetSource = "nuget";

        /// <summary>Hand-written declarations in the profile folder named after the package.</summary>
        public const string DeclaredSource = "declared";

        private readonly Dictionary<string, ProfilePackage> byId;

        private ProfileCatalog(string directory, IReadOnlyList<ProfilePackage> packages)
        {
            Directory = directory;
            Packages = packages;
            byId = new Dictionary<string, ProfilePackage>(StringComparer.OrdinalIgnoreCase);
            foreach (ProfilePackage package in packages)
            {
                byId[package.Id] = package;
            }
        }

        public string Directory { get; }

        public IReadOnlyList<ProfilePackage> Packages { get; }

        public static ProfileCatalog Load(string profileDirectory)
        {
            string directory = Path.GetFullPath(profileDirectory);
            string file = Path.Combine(directory, FileName);
            var packages = new List<ProfilePackage>();
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] columns = line.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length != 6)
                {
                    throw new FormatException(
                        $"{file}({i + 1}): expected 'PackageId Version AssemblyName LibPath Source Dependencies', found {columns.Length} columns");
                }

                if (columns[4] != NuGetSource && columns[4] != DeclaredSource)
                {
                    throw new FormatException(
                        $"{file}({i + 1}): Source must be '{NuGetSource}' or '{DeclaredSource}', found '{columns[4]}'");
                }

                string[] dependencies = columns[5] == "-"
                    ? Array.Empty<string>()
                    : columns[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                packages.Add(new ProfilePackage(columns[0], columns[1], columns[2], columns[3], columns[4] == NuGetSource, dependencies));
            }

            return new ProfileCatalog(directory, packages);
        }

        public ProfilePackage Find(string packageId)
        {
            return byId.TryGetValue(packageId, out ProfilePackage package) ? package : null;
        }

        /// <summary>The package and all it depends on, dependencies first.</summary>
        public IReadOnlyList<ProfilePackage> WithDependencies(IEnumerable<string> packageIds)
        {
            var ordered = new List<ProfilePackage>();
            var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string id in packageIds)
            {
                Visit(id, ordered, visiting);
            }

            return ordered;
        }

        private void Visit(string id, List<ProfilePackage> ordered, HashSet<string> visiting)
        {
            ProfilePackage package = Find(id);
            if (package == null || ordered.Contains(package) || !visiting.Add(id))
            {
                return;
            }

            foreach (string dependency in package.Dependencies)
            {
                Visit(dependency, ordered, visiting);
            }

            ordered.Add(package);
        }
    }

    public sealed class ProfilePackage
    {
        public ProfilePackage(string id, string version, string assemblyName, string libPath, bool fromNuGet, IReadOnlyList<string> dependencies)
        {
            Id = id;
            Version = version;
            AssemblyName = assemblyName;
            LibPath = libPath;
            FromNuGet = fromNuGet;
            Dependencies = dependencies;
        }

        public string Id { get; }

        public string Version { get; }

        public string AssemblyName { get; }

        /// <summary>Path of the assembly inside the package, e.g. lib/mscorlib.dll.</summary>
        public string LibPath { get; }

        /// <summary>True when the guard compiles against the package's real assembly rather than declarations.</summary>
        public bool FromNuGet { get; }

        public IReadOnlyList<string> Dependencies { get; }

        /// <summary>Where a project's HintPath must point inside the packages folder: &lt;id&gt;.&lt;version&gt;/&lt;LibPath&gt;.</summary>
        public string PackageRelativeLibPath => Id + "." + Version + "/" + LibPath.Replace('\\', '/');
    }
}
