using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace NfGuard
{
    /// <summary>
    /// The parts of a legacy-MSBuild .nfproj the guard needs. Items are read as written: the nanoFramework
    /// project system lists every Compile item explicitly, so no globbing or property expansion is done.
    /// </summary>
    public sealed class DeviceProject
    {
        private DeviceProject(string path)
        {
            Path = path;
            Directory = System.IO.Path.GetDirectoryName(path);
            Name = System.IO.Path.GetFileNameWithoutExtension(path);
        }

        public string Path { get; }

        public string Directory { get; }

        /// <summary>File name without extension, used to tag error lines.</summary>
        public string Name { get; }

        public string AssemblyName { get; private set; }

        /// <summary>"Exe" or "Library" as written in the project.</summary>
        public string OutputType { get; private set; }

        public IReadOnlyList<ProjectItem> CompileItems { get; private set; }

        public IReadOnlyList<ProjectItem> ProjectReferences { get; private set; }

        public IReadOnlyList<AssemblyReference> References { get; private set; }

        /// <summary>
        /// As the device build sees it: set in the project, or else in the nearest Directory.Build.props above it,
        /// which MSBuild imports into .nfproj builds too. Conditioned settings are not evaluated and so not read.
        /// </summary>
        public bool TreatWarningsAsErrors { get; private set; }

        public bool IsExe => string.Equals(OutputType, "Exe", StringComparison.OrdinalIgnoreCase)
            || string.Equals(OutputType, "WinExe", StringComparison.OrdinalIgnoreCase);

        /// <summary>packages.config beside the project file.</summary>
        public string PackagesConfigPath => System.IO.Path.Combine(Directory, "packages.config");

        public static DeviceProject Load(string path)
        {
            var project = new DeviceProject(System.IO.Path.GetFullPath(path));
            XDocument document = XDocument.Load(project.Path, LoadOptions.SetLineInfo);
            XElement root = document.Root;

            project.AssemblyName = FirstValue(root, "AssemblyName") ?? project.Name;
            project.OutputType = FirstValue(root, "OutputType") ?? "Library";
            string warningsAsErrors = UnconditionedValue(root, "TreatWarningsAsErrors") ?? DirectoryBuildPropsValue(project.Directory, "TreatWarningsAsErrors");
            project.TreatWarningsAsErrors = string.Equals(warningsAsErrors, "true", StringComparison.OrdinalIgnoreCase);
            project.CompileItems = Items(root, "Compile", project.Directory);
            project.ProjectReferences = Items(root, "ProjectReference", project.Directory);
            project.References = Elements(root, "Reference")
                .Select(e => new AssemblyReference(
                    (string)e.Attribute("Include") ?? string.Empty,
                    Children(e, "HintPath").Select(h => h.Value.Trim()).FirstOrDefault(),
                    ((IXmlLineInfo)e).LineNumber))
                .ToList();
            return project;
        }

        private static IReadOnlyList<ProjectItem> Items(XElement root, string itemType, string directory)
        {
            return Elements(root, itemType)
                .Where(e => !string.IsNullOrWhiteSpace((string)e.Attribute("Include")))
                .Select(e => new ProjectItem(((string)e.Attribute("Include")).Trim(), directory, ((IXmlLineInfo)e).LineNumber))
                .ToList();
        }

        private static string FirstValue(XElement root, string propertyName)
        {
            return Elements(root, propertyName).Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        }

        /// <summary>The last value of a property set where neither it nor its PropertyGroup has a Condition.</summary>
        private static string UnconditionedValue(XElement root, string propertyName)
        {
            return Elements(root, propertyName)
                .Where(e => e.Attribute("Condition") == null && e.Parent?.Attribute("Condition") == null)
                .Select(e => e.Value.Trim())
                .LastOrDefault(v => v.Length > 0);
        }

        private static string DirectoryBuildPropsValue(string projectDirectory, string propertyName)
        {
            for (var dir = new System.IO.DirectoryInfo(projectDirectory); dir != null; dir = dir.Parent)
            {
                string props = System.IO.Path.Combine(dir.FullName, "Directory.Build.props");
                if (System.IO.File.Exists(props))
                {
                    return UnconditionedValue(XDocument.Load(props).Root, propertyName);
                }
            }

            return null;
        }

        private static IEnumerable<XElement> Elements(XElement root, string localName)
        {
            return root.Descendants().Where(e => e.Name.LocalName == localName);
        }

        private static IEnumerable<XElement> Children(XElement parent, string localName)
        {
            return parent.Elements().Where(e => e.Name.LocalName == localName);
        }
    }

    /// <summary>An item whose Include is a path relative to the project file.</summary>
    public sealed class ProjectItem
    {
        public ProjectItem(string include, string projectDirectory, int line)
        {
            Include = include;
            FullPath = PathUtil.Resolve(projectDirectory, include);
            Line = line;
        }

        /// <summary>The Include attribute as written (Windows separators).</summary>
        public string Include { get; }

        public string FullPath { get; }

        /// <summary>Line of the item in the project file.</summary>
        public int Line { get; }
    }

    /// <summary>A &lt;Reference&gt; item: the assembly name and the HintPath into the packages folder.</summary>
    public sealed class AssemblyReference
    {
        public AssemblyReference(string include, string hintPath, int line)
        {
            Include = include;
            HintPath = hintPath;
            Line = line;
        }

        public string Include { get; }

        /// <summary>Null when the Reference has no HintPath.</summary>
        public string HintPath { get; }

        /// <summary>Line of the Reference in the project file.</summary>
        public int Line { get; }

        /// <summary>The simple assembly name (Include may carry ", Version=..." after it).</summary>
        public string SimpleName
        {
            get
            {
                int comma = Include.IndexOf(',');
                return (comma < 0 ? Include : Include.Substring(0, comma)).Trim();
            }
        }
    }
}
