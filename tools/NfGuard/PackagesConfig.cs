using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace NfGuard
{
    /// <summary>A NuGet packages.config: the packages (with exact versions) a device project restores.</summary>
    public sealed class PackagesConfig
    {
        private PackagesConfig(string path, IReadOnlyList<PackageEntry> packages)
        {
            Path = path;
            Packages = packages;
        }

        public string Path { get; }

        public IReadOnlyList<PackageEntry> Packages { get; }

        public static PackagesConfig Load(string path)
        {
            XDocument document = XDocument.Load(path, LoadOptions.SetLineInfo);
            var packages = document.Root.Elements()
                .Where(e => e.Name.LocalName == "package")
                .Select(e => new PackageEntry(
                    ((string)e.Attribute("id") ?? string.Empty).Trim(),
                    ((string)e.Attribute("version") ?? string.Empty).Trim(),
                    (string)e.Attribute("targetFramework"),
                    ((IXmlLineInfo)e).LineNumber))
                .ToList();
            return new PackagesConfig(System.IO.Path.GetFullPath(path), packages);
        }
    }

    public sealed class PackageEntry
    {
        public PackageEntry(string id, string version, string targetFramework, int line)
        {
            Id = id;
            Version = version;
            TargetFramework = targetFramework;
            Line = line;
        }

        public string Id { get; }

        public string Version { get; }

        public string TargetFramework { get; }

        /// <summary>Line of the &lt;package&gt; element in packages.config.</summary>
        public int Line { get; }
    }
}
