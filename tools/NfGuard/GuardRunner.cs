using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NfGuard
{
    /// <summary>Checks every device project of a solution against the nanoFramework API profile.</summary>
    public sealed class GuardRunner
    {
        public const string ProjectFileError = "NF0201";
        public const string MissingCompileItem = "NF0202";
        public const string BadProjectReference = "NF0203";
        public const string SkippedProject = "NF0204";

        private readonly ApiProfile profile;
        private readonly List<GuardDiagnostic> errors = new List<GuardDiagnostic>();
        private readonly List<AssemblyFigures> figures = new List<AssemblyFigures>();
        private readonly Dictionary<string, DeviceProject> projects = new Dictionary<string, DeviceProject>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, MetadataReference> outputs = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> reportedProfilePackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        private GuardRunner(ApiProfile profile)
        {
            this.profile = profile;
        }

        /// <summary>Checks against the real packages NfGuard's own build put beside it.</summary>
        public static GuardResult Run(string solutionPath, string profileDirectory)
        {
            return Run(solutionPath, profileDirectory, NuGetAssembly.DefaultPackagesDirectory);
        }

        /// <summary>The entry point shared by the command line (and so the build step) and the tests.</summary>
        public static GuardResult Run(string solutionPath, string profileDirectory, string packagesDirectory)
        {
            string solutionFile = Path.GetFullPath(solutionPath);
            string catalogFile = Path.GetFullPath(Path.Combine(profileDirectory, ProfileCatalog.FileName));
            if (!File.Exists(solutionFile))
            {
                return Failed(GuardDiagnostic.ForFile(solutionFile, ProjectFileError, "solution file not found", "NfGuard"));
            }

            if (!File.Exists(catalogFile))
            {
                return Failed(GuardDiagnostic.ForFile(catalogFile, ApiProfile.ProfileError, "the nanoFramework API profile has no packages.txt", "NfGuard"));
            }

            ApiProfile profile;
            try
            {
                profile = ApiProfile.Load(profileDirectory, packagesDirectory);
            }
            catch (FormatException e)
            {
                return Failed(GuardDiagnostic.ForFile(catalogFile, ApiProfile.ProfileError, e.Message, "NfGuard"));
            }

            var runner = new GuardRunner(profile);
            List<DeviceProject> ordered = runner.LoadInBuildOrder(SolutionFile.Load(solutionFile));
            foreach (DeviceProject project in ordered)
            {
                runner.CheckProject(project);
            }

            return new GuardResult(runner.errors, runner.figures, ordered.Count);
        }

        private static GuardResult Failed(GuardDiagnostic error)
        {
            return new GuardResult(new[] { error }, Array.Empty<AssemblyFigures>(), 0);
        }

        private List<DeviceProject> LoadInBuildOrder(SolutionFile solution)
        {
            foreach (SolutionProject entry in solution.Projects.Where(p => p.IsDeviceProject))
            {
                if (!File.Exists(entry.FullPath))
                {
                    errors.Add(GuardDiagnostic.ForFile(solution.Path, ProjectFileError, $"project '{entry.RelativePath}' does not exist", entry.Name));
                    continue;
                }

                try
                {
                    projects[entry.FullPath] = DeviceProject.Load(entry.FullPath);
                }
                catch (System.Xml.XmlException e)
                {
                    errors.Add(new GuardDiagnostic(entry.FullPath, e.LineNumber, e.LinePosition, ProjectFileError, e.Message, entry.Name));
                }
            }

            var ordered = new List<DeviceProject>();
            var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (DeviceProject project in projects.Values)
            {
                Visit(project, ordered, visiting);
            }

            return ordered;
        }

        /// <summary>Depth-first: referenced projects come before the projects that reference them.</summary>
        private void Visit(DeviceProject project, List<DeviceProject> ordered, HashSet<string> visiting)
        {
            if (ordered.Contains(project) || !visiting.Add(project.Path))
            {
                return;
            }

            foreach (ProjectItem reference in project.ProjectReferences)
            {
                if (projects.TryGetValue(reference.FullPath, out DeviceProject referenced))
                {
                    if (visiting.Contains(referenced.Path) && !ordered.Contains(referenced))
                    {
                        errors.Add(new GuardDiagnostic(project.Path, reference.Line, 1, BadProjectReference,
                            $"project reference '{reference.Include}' forms a cycle", project.Name));
                        continue;
                    }

                    Visit(referenced, ordered, visiting);
                }
                else
                {
                    string why = reference.FullPath.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase)
                        ? "is not a device project of the solution"
                        : "is not a device project (.nfproj); device projects can only reference device projects";
                    errors.Add(new GuardDiagnostic(project.Path, reference.Line, 1, BadProjectReference,
                        $"project reference '{reference.Include}' {why}", project.Name));
                }
            }

            ordered.Add(project);
        }

        private void CheckProject(DeviceProject project)
        {
            var references = new List<MetadataReference>();
            var failed = new List<string>();
            foreach (ProfilePackage package in PackageChecks.Check(project, profile.Catalog, errors))
            {
                ProfileAssembly assembly = profile.Get(package);
                if (reportedProfilePackages.Add(package.Id))
                {
                    errors.AddRange(assembly.Errors);
                }

                if (assembly.Reference != null)
                {
                    references.Add(assembly.Reference);
                }
                else
                {
                    failed.Add("profile package " + package.Id);
                }
            }

            bool complete = true;
            foreach (ProjectItem item in project.CompileItems.Where(i => !File.Exists(i.FullPath)))
            {
                errors.Add(new GuardDiagnostic(project.Path, item.Line, 1, MissingCompileItem, $"Compile item '{item.Include}' does not exist", project.Name));
                complete = false;
            }

            foreach (string path in ReferenceClosure(project))
            {
                if (outputs.TryGetValue(path, out MetadataReference output) && output != null)
                {
                    references.Add(output);
                }
                else if (projects.ContainsKey(path))
                {
                    failed.Add(projects[path].Name);
                }
            }

            if (failed.Count > 0)
            {
                errors.Add(GuardDiagnostic.ForFile(project.Path, SkippedProject,
                    $"not compiled because {string.Join(", ", failed)} did not compile", project.Name));
                complete = false;
            }

            if (!complete)
            {
                return;
            }

            DeviceCompilation compiled = DeviceCompiler.Compile(project, references);
            errors.AddRange(compiled.Errors);
            errors.AddRange(DeviceSyntaxRules.Check(compiled.Compilation, project.Name));
            if (compiled.Image == null)
            {
                return;
            }

            IlLintResult lint = IlLint.Check(compiled.Image, compiled.Compilation, project);
            errors.AddRange(lint.Errors);
            figures.Add(lint.Figures);
            outputs[project.Path] = MetadataReference.CreateFromImage(compiled.Image, filePath: project.AssemblyName + ".dll");
        }

        /// <summary>
        /// Every project this one references, directly or through others: MSBuild hands the compiler the
        /// referenced projects' dependencies too, so indirect references resolve on the device build as well.
        /// </summary>
        private List<string> ReferenceClosure(DeviceProject project)
        {
            var closure = new List<string>();
            var pending = new Stack<ProjectItem>(project.ProjectReferences);
            while (pending.Count > 0)
            {
                string path = pending.Pop().FullPath;
                if (closure.Contains(path, StringComparer.OrdinalIgnoreCase) || string.Equals(path, project.Path, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                closure.Add(path);
                if (projects.TryGetValue(path, out DeviceProject referenced))
                {
                    foreach (ProjectItem next in referenced.ProjectReferences)
                    {
                        pending.Push(next);
                    }
                }
            }

            return closure;
        }
    }

    /// <summary>What a guard run found: error lines and, for every assembly that compiled, its size figures.</summary>
    public sealed class GuardResult
    {
        public GuardResult(IReadOnlyList<GuardDiagnostic> errors, IReadOnlyList<AssemblyFigures> figures, int projectCount)
        {
            Errors = errors;
            Figures = figures;
            ProjectCount = projectCount;
        }

        public IReadOnlyList<GuardDiagnostic> Errors { get; }

        public IReadOnlyList<AssemblyFigures> Figures { get; }

        /// <summary>Device projects found in the solution.</summary>
        public int ProjectCount { get; }

        public bool Success => Errors.Count == 0;

        public int ExitCode => Success ? 0 : 1;
    }
}
