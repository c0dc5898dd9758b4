using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Project
{
    /// <summary>
    /// The legacy .nfproj format lists every source file by hand; these tests keep those lists, the package
    /// versions and the solution in step with the files on disk.
    /// </summary>
    public class DeviceProjectFileTests
    {
        private static IEnumerable<string> DeviceProjects => RepoPaths.FilesUnder(RepoPaths.Root, "*.nfproj");

        [Fact]
        public void EverySourceBesideADeviceProjectIsCompiledAndEveryCompileItemExists()
        {
            var problems = new List<string>();
            foreach (string path in DeviceProjects)
            {
                DeviceProject project = DeviceProject.Load(path);
                var items = new HashSet<string>(project.CompileItems.Select(i => i.FullPath), StringComparer.Ordinal);

                problems.AddRange(project.CompileItems
                    .Where(i => !File.Exists(i.FullPath))
                    .Select(i => $"{path}: Compile item '{i.Include}' does not exist"));
                problems.AddRange(SourcesOwnedBy(project.Directory)
                    .Where(file => !items.Contains(file))
                    .Select(file => $"{path}: {Path.GetRelativePath(project.Directory, file)} is not a Compile item"));
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void PackagesUseOneStableVersionEqualToTheProfile()
        {
            ProfileCatalog catalog = ProfileCatalog.Load(Path.Combine(RepoPaths.Root, "tools", "NanoFrameworkProfile"));
            var problems = new List<string>();
            foreach (ProfilePackage package in catalog.Packages)
            {
                problems.AddRange(StableVersionProblems("packages.txt", package.Id, package.Version));
            }

            var versionsById = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (string file in RepoPaths.FilesUnder(RepoPaths.Root, "packages.config"))
            {
                foreach (PackageEntry entry in PackagesConfig.Load(file).Packages)
                {
                    if (!versionsById.TryGetValue(entry.Id, out HashSet<string> versions))
                    {
                        versionsById[entry.Id] = versions = new HashSet<string>();
                    }

                    versions.Add(entry.Version);
                    problems.AddRange(StableVersionProblems(file, entry.Id, entry.Version));
                    ProfilePackage profiled = catalog.Find(entry.Id);
                    if (profiled == null)
                    {
                        problems.Add($"{file}: {entry.Id} is not in tools/NanoFrameworkProfile/packages.txt");
                    }
                    else if (profiled.Version != entry.Version)
                    {
                        problems.Add($"{file}: {entry.Id} {entry.Version}, but packages.txt has {profiled.Version}");
                    }
                }
            }

            problems.AddRange(versionsById
                .Where(pair => pair.Value.Count > 1)
                .Select(pair => $"{pair.Key} is used at several versions: {string.Join(", ", pair.Value.OrderBy(v => v))}"));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void SolutionListsEveryProjectAndOnlyExistingOnes()
        {
            SolutionFile solution = SolutionFile.Load(RepoPaths.Solution);
            var listed = new HashSet<string>(solution.Projects.Select(p => p.FullPath), StringComparer.Ordinal);
            var problems = new List<string>();

            problems.AddRange(solution.Projects
                .Where(p => !File.Exists(p.FullPath))
                .Select(p => $"nf.sln lists {p.RelativePath}, which does not exist"));
            problems.AddRange(RepoPaths.FilesUnder(RepoPaths.Root, "*.nfproj")
                .Concat(RepoPaths.FilesUnder(RepoPaths.Root, "*.csproj"))
                .Where(path => !listed.Contains(path))
                .Select(path => $"nf.sln does not list {Path.GetRelativePath(RepoPaths.Root, path)}"));

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void The_host_solution_filter_holds_exactly_the_host_projects_of_the_solution()
        {
            SolutionFile solution = SolutionFile.Load(RepoPaths.Solution);
            string[] hostProjects = solution.Projects
                .Where(p => p.FullPath.EndsWith(".csproj", StringComparison.Ordinal))
                .Select(p => Path.GetRelativePath(RepoPaths.Root, p.FullPath).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();
            using System.Text.Json.JsonDocument filter = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.slnf")));

            string[] filtered = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray()
                .Select(p => p.GetString().Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();

            Assert.Equal("nf.sln", filter.RootElement.GetProperty("solution").GetProperty("path").GetString());
            Assert.Equal(hostProjects, filtered);
        }

        [Theory]
        [InlineData("1.17.11", true)]
        [InlineData("2.0.0-preview.31", false)]
        [InlineData("1.17.11-alpha", false)]
        public void CoreLibraryMustBeStable1x(string version, bool acceptable)
        {
            Assert.Equal(acceptable, !StableVersionProblems("packages.config", "nanoFramework.CoreLibrary", version).Any());
        }

        /// <summary>.cs files in a project folder, leaving out build output and sub-folders that hold another project.</summary>
        private static IEnumerable<string> SourcesOwnedBy(string projectDirectory)
        {
            foreach (string file in Directory.EnumerateFiles(projectDirectory, "*.cs"))
            {
                yield return file;
            }

            foreach (string sub in Directory.EnumerateDirectories(projectDirectory))
            {
                string name = Path.GetFileName(sub);
                if (name == "bin" || name == "obj" || Directory.EnumerateFiles(sub, "*.*proj").Any())
                {
                    continue;
                }

                foreach (string file in SourcesOwnedBy(sub))
                {
                    yield return file;
                }
            }
        }

        /// <summary>Device packages must be stable releases, and mscorlib must be the 1.x (pre-generics) line.</summary>
        private static IEnumerable<string> StableVersionProblems(string where, string id, string version)
        {
            if (version.Contains('-'))
            {
                yield return $"{where}: {id} {version} is a prerelease; device builds use stable packages only";
            }

            if (string.Equals(id, "nanoFramework.CoreLibrary", StringComparison.OrdinalIgnoreCase) && !version.StartsWith("1.", StringComparison.Ordinal))
            {
                yield return $"{where}: {id} {version} is not 1.x; 2.x mscorlib needs generics firmware and cannot mix with 1.x libraries";
            }
        }
    }
}
