using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NfGuard
{
    /// <summary>
    /// A device project's packages.config and &lt;Reference&gt; items must name exactly the packages (and versions)
    /// the profile declares, because the profile is what the host build compiles against in their place.
    /// </summary>
    public static class PackageChecks
    {
        public const string MissingPackagesConfig = "NF0101";
        public const string UnknownPackage = "NF0102";
        public const string VersionMismatch = "NF0103";
        public const string MissingDependency = "NF0104";
        public const string BadReference = "NF0105";
        public const string UnreferencedPackage = "NF0106";
        public const string DuplicatePackage = "NF0107";

        /// <summary>Checks the project's packages and returns the profile packages it may compile against.</summary>
        public static IReadOnlyList<ProfilePackage> Check(DeviceProject project, ProfileCatalog catalog, List<GuardDiagnostic> errors)
        {
            if (!File.Exists(project.PackagesConfigPath))
            {
                errors.Add(GuardDiagnostic.ForFile(project.Path, MissingPackagesConfig,
                    "no packages.config beside the project; every device project needs at least nanoFramework.CoreLibrary", project.Name));
                return Array.Empty<ProfilePackage>();
            }

            PackagesConfig config;
            try
            {
                config = PackagesConfig.Load(project.PackagesConfigPath);
            }
            catch (System.Xml.XmlException e)
            {
                errors.Add(new GuardDiagnostic(project.PackagesConfigPath, e.LineNumber, e.LinePosition, MissingPackagesConfig, e.Message, project.Name));
                return Array.Empty<ProfilePackage>();
            }

            var usable = new List<ProfilePackage>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (PackageEntry entry in config.Packages)
            {
                if (!seen.Add(entry.Id))
                {
                    Add(errors, config, entry, DuplicatePackage, $"package '{entry.Id}' is listed more than once", project);
                    continue;
                }

                ProfilePackage package = catalog.Find(entry.Id);
                if (package == null)
                {
                    Add(errors, config, entry, UnknownPackage,
                        $"package '{entry.Id}' is not in the nanoFramework API profile (tools/NanoFrameworkProfile/packages.txt); declare its API there first", project);
                    continue;
                }

                if (!string.Equals(entry.Version, package.Version, StringComparison.OrdinalIgnoreCase))
                {
                    Add(errors, config, entry, VersionMismatch,
                        $"package '{entry.Id}' is version {entry.Version} here but {package.Version} in the API profile (packages.txt); use one version everywhere", project);
                }

                usable.Add(package);
            }

            foreach (ProfilePackage package in usable)
            {
                foreach (string dependency in package.Dependencies.Where(d => !seen.Contains(d)))
                {
                    PackageEntry entry = config.Packages.First(p => string.Equals(p.Id, package.Id, StringComparison.OrdinalIgnoreCase));
                    Add(errors, config, entry, MissingDependency,
                        $"package '{package.Id}' depends on '{dependency}', which packages.config does not list", project);
                }
            }

            CheckReferences(project, config, catalog, errors);
            return usable;
        }

        private static void CheckReferences(DeviceProject project, PackagesConfig config, ProfileCatalog catalog, List<GuardDiagnostic> errors)
        {
            var referenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (AssemblyReference reference in project.References)
            {
                if (string.IsNullOrEmpty(reference.HintPath))
                {
                    AddAt(errors, project, reference.Line, BadReference,
                        $"reference '{reference.Include}' has no HintPath; device references must point into the packages folder");
                    continue;
                }

                string hint = reference.HintPath.Replace('\\', '/');
                int packagesFolder = hint.LastIndexOf("packages/", StringComparison.OrdinalIgnoreCase);
                string insidePackages = packagesFolder < 0 ? string.Empty : hint.Substring(packagesFolder + "packages/".Length);
                int slash = insidePackages.IndexOf('/');
                string packageFolder = slash < 0 ? insidePackages : insidePackages.Substring(0, slash);
                string libPath = slash < 0 ? string.Empty : insidePackages.Substring(slash + 1);

                PackageEntry entry = FolderOwner(config, packageFolder);
                if (entry == null)
                {
                    AddAt(errors, project, reference.Line, BadReference,
                        $"reference '{reference.Include}' has HintPath '{reference.HintPath}', which is not packages\\<id>.<version>\\<lib path> of a package in packages.config");
                    continue;
                }

                referenced.Add(entry.Id);
                ProfilePackage package = catalog.Find(entry.Id);
                string folderVersion = packageFolder.Substring(entry.Id.Length + 1);
                if (!string.Equals(folderVersion, entry.Version, StringComparison.OrdinalIgnoreCase))
                {
                    AddAt(errors, project, reference.Line, BadReference,
                        $"reference '{reference.Include}' points at {entry.Id} {folderVersion}, but packages.config has version {entry.Version}");
                }

                if (package == null)
                {
                    continue;
                }

                if (!string.Equals(libPath, package.LibPath.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase))
                {
                    AddAt(errors, project, reference.Line, BadReference,
                        $"reference '{reference.Include}' points at '{libPath}' inside {entry.Id}; the package's assembly is '{package.LibPath}'");
                }

                if (!string.Equals(reference.SimpleName, package.AssemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    AddAt(errors, project, reference.Line, BadReference,
                        $"reference '{reference.Include}' points at {package.Id}, whose assembly is '{package.AssemblyName}'");
                }
            }

            foreach (PackageEntry entry in config.Packages.Where(p => !referenced.Contains(p.Id) && catalog.Find(p.Id) != null))
            {
                Add(errors, config, entry, UnreferencedPackage,
                    $"package '{entry.Id}' is in packages.config but no <Reference> in {Path.GetFileName(project.Path)} points at its assembly, so the device build would not see it", project);
            }
        }

        /// <summary>
        /// The packages.config entry whose id names a packages\&lt;id&gt;.&lt;version&gt; folder. Ids can prefix each other
        /// (System.Net, System.Net.WebSockets.Client), so the id must be followed by a version number.
        /// </summary>
        private static PackageEntry FolderOwner(PackagesConfig config, string packageFolder)
        {
            return config.Packages
                .Where(p => packageFolder.Length > p.Id.Length + 1
                    && packageFolder.StartsWith(p.Id + ".", StringComparison.OrdinalIgnoreCase)
                    && char.IsDigit(packageFolder[p.Id.Length + 1]))
                .OrderByDescending(p => p.Id.Length)
                .FirstOrDefault();
        }

        private static void Add(List<GuardDiagnostic> errors, PackagesConfig config, PackageEntry entry, string code, string message, DeviceProject project)
        {
            errors.Add(new GuardDiagnostic(config.Path, entry.Line, 1, code, message, project.Name));
        }

        private static void AddAt(List<GuardDiagnostic> errors, DeviceProject project, int line, string code, string message)
        {
            errors.Add(new GuardDiagnostic(project.Path, line, 1, code, message, project.Name));
        }
    }
}
