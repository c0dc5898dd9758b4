using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoEvse.Tests.Project;
using NfGuard;

namespace NanoEvse.Tests.Guard
{
    /// <summary>
    /// A throw-away solution of device projects in a temporary folder, checked by the same GuardRunner.Run the
    /// build step calls, against the real mscorlib NfGuard's build copied beside the tests and the API profile in
    /// tools/NanoFrameworkProfile.
    /// </summary>
    internal sealed class DeviceSolution : IDisposable
    {
        public const string CoreLibrary = "nanoFramework.CoreLibrary";
        public const string Collections = "nanoFramework.System.Collections";
        public const string Text = "nanoFramework.System.Text";

        private readonly List<string> projectPaths = new List<string>();

        public DeviceSolution()
        {
            Root = Path.Combine(Path.GetTempPath(), "nfguard-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public static string ProfileDirectory => Path.Combine(RepoPaths.FolderHolding("tools/NanoFrameworkProfile/packages.txt"), "tools", "NanoFrameworkProfile");

        public static ProfileCatalog Catalog => ProfileCatalog.Load(ProfileDirectory);

        public string Root { get; }

        /// <summary>Adds a project whose packages.config lists the given packages at their profile versions.</summary>
        public DeviceProjectFiles AddProject(string name, params string[] packageIds)
        {
            var project = new DeviceProjectFiles(Path.Combine(Root, name), name);
            foreach (string id in packageIds)
            {
                project.Package(id, Catalog.Find(id).Version);
            }

            projectPaths.Add(project.ProjectPath);
            return project;
        }

        /// <summary>One library project holding a single source file, with the packages of a typical device assembly.</summary>
        public static GuardResult CheckSnippet(string source)
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Snippet", CoreLibrary, Collections, Text).Source("Snippet.cs", source);
                return solution.Run();
            }
        }

        public GuardResult Run()
        {
            return Run(NuGetAssembly.DefaultPackagesDirectory);
        }

        /// <summary>Runs the guard with the real nanoFramework packages taken from another folder.</summary>
        public GuardResult Run(string packagesDirectory)
        {
            string solutionPath = Path.Combine(Root, "nf.sln");
            var sln = new StringBuilder();
            sln.AppendLine("Microsoft Visual Studio Solution File, Format Version 12.00");
            foreach (string path in projectPaths)
            {
                string name = Path.GetFileNameWithoutExtension(path);
                string relative = Path.GetRelativePath(Root, path).Replace('/', '\\');
                sln.AppendLine($"Project(\"{{11A8DD76-328B-46DF-9F39-F559912D0360}}\") = \"{name}\", \"{relative}\", \"{{{Guid.NewGuid().ToString().ToUpperInvariant()}}}\"");
                sln.AppendLine("EndProject");
            }

            File.WriteAllText(solutionPath, sln.ToString());
            return GuardRunner.Run(solutionPath, ProfileDirectory, packagesDirectory);
        }

        public void Dispose()
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>The files of one fixture .nfproj; they are rewritten on every change.</summary>
    internal sealed class DeviceProjectFiles
    {
        private readonly string directory;
        private readonly string name;
        private readonly List<KeyValuePair<string, string>> packages = new List<KeyValuePair<string, string>>();
        private readonly List<string> sources = new List<string>();
        private readonly List<string> projectReferences = new List<string>();
        private string outputType = "Library";

        public DeviceProjectFiles(string directory, string name)
        {
            this.directory = directory;
            this.name = name;
            Directory.CreateDirectory(directory);
            Write();
        }

        public string ProjectPath => Path.Combine(directory, name + ".nfproj");

        /// <summary>Adds a package to packages.config with a matching Reference/HintPath.</summary>
        public DeviceProjectFiles Package(string id, string version)
        {
            packages.RemoveAll(p => p.Key == id);
            packages.Add(new KeyValuePair<string, string>(id, version));
            return Write();
        }

        /// <summary>Adds a source file; a relative path with folders becomes a backslash Compile item.</summary>
        public DeviceProjectFiles Source(string relativePath, string text)
        {
            string path = Path.Combine(directory, relativePath.Replace('\\', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path));
            File.WriteAllText(path, text);
            sources.Add(relativePath.Replace('/', '\\'));
            return Write();
        }

        /// <summary>Adds a ProjectReference to a sibling fixture project, which may be added to the solution later.</summary>
        public DeviceProjectFiles References(string projectName)
        {
            projectReferences.Add("..\\" + projectName + "\\" + projectName + ".nfproj");
            return Write();
        }

        public DeviceProjectFiles Exe()
        {
            outputType = "Exe";
            return Write();
        }

        private DeviceProjectFiles Write()
        {
            ProfileCatalog catalog = DeviceSolution.Catalog;
            var xml = new StringBuilder();
            xml.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            xml.AppendLine("<Project ToolsVersion=\"15.0\" DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">");
            xml.AppendLine("  <PropertyGroup>");
            xml.AppendLine($"    <OutputType>{outputType}</OutputType>");
            xml.AppendLine($"    <AssemblyName>{name}</AssemblyName>");
            xml.AppendLine("  </PropertyGroup>");
            xml.AppendLine("  <ItemGroup>");
            foreach (string source in sources)
            {
                xml.AppendLine($"    <Compile Include=\"{source}\" />");
            }

            xml.AppendLine("  </ItemGroup>");
            xml.AppendLine("  <ItemGroup>");
            foreach (KeyValuePair<string, string> package in packages)
            {
                ProfilePackage known = catalog.Find(package.Key);
                string lib = (known?.LibPath ?? "lib/" + package.Key + ".dll").Replace('/', '\\');
                string assembly = known?.AssemblyName ?? package.Key;
                xml.AppendLine($"    <Reference Include=\"{assembly}\">");
                xml.AppendLine($"      <HintPath>..\\packages\\{package.Key}.{package.Value}\\{lib}</HintPath>");
                xml.AppendLine("    </Reference>");
            }

            xml.AppendLine("  </ItemGroup>");
            xml.AppendLine("  <ItemGroup>");
            foreach (string reference in projectReferences)
            {
                xml.AppendLine($"    <ProjectReference Include=\"{reference}\" />");
            }

            xml.AppendLine("  </ItemGroup>");
            xml.AppendLine("</Project>");
            File.WriteAllText(ProjectPath, xml.ToString());

            var config = new StringBuilder();
            config.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
            config.AppendLine("<packages>");
            foreach (KeyValuePair<string, string> package in packages)
            {
                config.AppendLine($"  <package id=\"{package.Key}\" version=\"{package.Value}\" targetFramework=\"netnano1.0\" />");
            }

            config.AppendLine("</packages>");
            File.WriteAllText(Path.Combine(directory, "packages.config"), config.ToString());
            return this;
        }
    }
}
