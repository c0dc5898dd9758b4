using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace NfGuard
{
    /// <summary>
    /// The nanoFramework 1.x API as reference assemblies: the real assembly of each 'nuget' package (mscorlib), and
    /// for each 'declared' one an assembly compiled on demand from the declaration-only sources in
    /// tools/NanoFrameworkProfile/&lt;PackageId&gt;/ against the real ones it depends on. Loaded packages are kept for
    /// the life of the process, so one guard run (or one test run) compiles each package once.
    /// </summary>
    public sealed class ApiProfile
    {
        public const string ProfileError = "NF0100";

        /// <summary>Tags errors in the profile itself, which belong to no device project.</summary>
        private const string ProfileProject = "NanoFrameworkProfile";

        /// <summary>
        /// A declared type that a real assembly already has (CS0436, CS0435, CS0437) would shadow the real one in the
        /// profile and make device code ambiguous; the declaration must go.
        /// </summary>
        private static readonly Dictionary<string, ReportDiagnostic> RedeclaredTypeIsError = new Dictionary<string, ReportDiagnostic>
        {
            ["CS0435"] = ReportDiagnostic.Error,
            ["CS0436"] = ReportDiagnostic.Error,
            ["CS0437"] = ReportDiagnostic.Error,
        };

        private static readonly ConcurrentDictionary<string, ApiProfile> Loaded = new ConcurrentDictionary<string, ApiProfile>();

        private readonly object gate = new object();
        private readonly Dictionary<string, ProfileAssembly> compiled = new Dictionary<string, ProfileAssembly>(StringComparer.OrdinalIgnoreCase);

        private ApiProfile(ProfileCatalog catalog, string packagesDirectory)
        {
            Catalog = catalog;
            PackagesDirectory = packagesDirectory;
        }

        public ProfileCatalog Catalog { get; }

        /// <summary>Where the real assemblies of the 'nuget' packages are, laid out as &lt;id&gt;.&lt;version&gt;/&lt;LibPath&gt;.</summary>
        public string PackagesDirectory { get; }

        /// <summary>Loads the catalog; reuses an earlier load of the same folders while the profile's files are unchanged.</summary>
        public static ApiProfile Load(string profileDirectory, string packagesDirectory)
        {
            string directory = Path.GetFullPath(profileDirectory);
            string packages = Path.GetFullPath(packagesDirectory);
            string key = directory + "|" + packages + "|" + Fingerprint(directory);
            return Loaded.GetOrAdd(key, _ => new ApiProfile(ProfileCatalog.Load(directory), packages));
        }

        /// <summary>The compiled assembly of a package (and, first, of everything it depends on).</summary>
        public ProfileAssembly Get(ProfilePackage package)
        {
            lock (gate)
            {
                return GetLocked(package, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            }
        }

        private ProfileAssembly GetLocked(ProfilePackage package, HashSet<string> inProgress)
        {
            if (compiled.TryGetValue(package.Id, out ProfileAssembly done))
            {
                return done;
            }

            var errors = new List<GuardDiagnostic>();
            var references = new List<MetadataReference>();
            if (!inProgress.Add(package.Id))
            {
                errors.Add(GuardDiagnostic.ForFile(CatalogPath, ProfileError, $"package '{package.Id}' depends on itself through its dependencies", ProfileProject));
                return Remember(new ProfileAssembly(package, null, errors));
            }

            foreach (ProfilePackage dependency in Catalog.WithDependencies(package.Dependencies))
            {
                ProfileAssembly built = GetLocked(dependency, inProgress);
                if (built.Reference == null)
                {
                    errors.Add(GuardDiagnostic.ForFile(CatalogPath, ProfileError, $"profile package '{package.Id}' needs '{dependency.Id}', which did not compile", ProfileProject));
                }
                else
                {
                    references.Add(built.Reference);
                }
            }

            foreach (string missing in package.Dependencies.Where(d => Catalog.Find(d) == null))
            {
                errors.Add(GuardDiagnostic.ForFile(CatalogPath, ProfileError, $"profile package '{package.Id}' depends on '{missing}', which packages.txt does not list", ProfileProject));
            }

            if (errors.Count == 0 && package.FromNuGet)
            {
                return Remember(new ProfileAssembly(package, NuGetAssembly.Load(package, PackagesDirectory, CatalogPath, ProfileProject, errors), errors));
            }

            string sourceDirectory = Path.Combine(Catalog.Directory, package.Id);
            if (!package.FromNuGet && !System.IO.Directory.Exists(sourceDirectory))
            {
                errors.Add(GuardDiagnostic.ForFile(CatalogPath, ProfileError, $"profile package '{package.Id}' has no source folder {sourceDirectory}", ProfileProject));
            }

            if (errors.Count > 0)
            {
                return Remember(new ProfileAssembly(package, null, errors));
            }

            MetadataReference reference = Compile(package, sourceDirectory, references, errors);
            return Remember(new ProfileAssembly(package, reference, errors));
        }

        private string CatalogPath => Path.Combine(Catalog.Directory, ProfileCatalog.FileName);

        private ProfileAssembly Remember(ProfileAssembly assembly)
        {
            compiled[assembly.Package.Id] = assembly;
            return assembly;
        }

        private static MetadataReference Compile(ProfilePackage package, string sourceDirectory, List<MetadataReference> references, List<GuardDiagnostic> errors)
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: DeviceCompiler.PreprocessorSymbols);
            var trees = SourceFiles(sourceDirectory)
                .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, file, Encoding.UTF8))
                .ToList();
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Disable,
                allowUnsafe: true,
                deterministic: true,
                specificDiagnosticOptions: RedeclaredTypeIsError);
            CSharpCompilation compilation = CSharpCompilation.Create(package.AssemblyName, trees, references, options);

            using (var stream = new MemoryStream())
            {
                var emitOptions = new EmitOptions(metadataOnly: true, runtimeMetadataVersion: DeviceCompiler.RuntimeMetadataVersion);
                EmitResult result = compilation.Emit(stream, options: emitOptions);

                // A metadata-only emit leaves out binding diagnostics such as CS0436, so ask for all of them.
                errors.AddRange(result.Diagnostics.Concat(compilation.GetDiagnostics())
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Distinct()
                    .Select(d => DeviceCompiler.ToGuardDiagnostic(d, ProfileProject + "/" + package.Id)));
                if (!result.Success || errors.Count > 0)
                {
                    return null;
                }

                return MetadataReference.CreateFromImage(stream.ToArray(), filePath: package.AssemblyName + ".dll");
            }
        }

        private static IEnumerable<string> SourceFiles(string directory)
        {
            string binOrObj = Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar;
            string obj = Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar;
            return System.IO.Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(binOrObj, StringComparison.Ordinal) && !f.Contains(obj, StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal);
        }

        /// <summary>Changes whenever a profile file is added, removed or rewritten.</summary>
        private static string Fingerprint(string directory)
        {
            var text = new StringBuilder();
            if (System.IO.Directory.Exists(directory))
            {
                foreach (string file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                {
                    var info = new FileInfo(file);
                    text.Append(file).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
                }
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    /// <summary>A compiled profile package: a reference to compile against, or the errors that prevented it.</summary>
    public sealed class ProfileAssembly
    {
        public ProfileAssembly(ProfilePackage package, MetadataReference reference, IReadOnlyList<GuardDiagnostic> errors)
        {
            Package = package;
            Reference = reference;
            Errors = errors;
        }

        public ProfilePackage Package { get; }

        /// <summary>Null when the package's sources did not compile.</summary>
        public MetadataReference Reference { get; }

        public IReadOnlyList<GuardDiagnostic> Errors { get; }
    }
}
