using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace NfGuard
{
    /// <summary>The project entries of a Visual Studio .sln file (solution folders are skipped).</summary>
    public sealed class SolutionFile
    {
        private static readonly Regex ProjectLine = new Regex(
            "^Project\\(\"\\{[^}]*\\}\"\\)\\s*=\\s*\"(?<name>[^\"]*)\"\\s*,\\s*\"(?<path>[^\"]*)\"",
            RegexOptions.CultureInvariant);

        private SolutionFile(string path, IReadOnlyList<SolutionProject> projects)
        {
            Path = path;
            Projects = projects;
        }

        public string Path { get; }

        public IReadOnlyList<SolutionProject> Projects { get; }

        public static SolutionFile Load(string path)
        {
            string fullPath = System.IO.Path.GetFullPath(path);
            string directory = System.IO.Path.GetDirectoryName(fullPath);
            var projects = new List<SolutionProject>();
            foreach (string line in File.ReadAllLines(fullPath))
            {
                Match match = ProjectLine.Match(line.Trim());
                if (!match.Success)
                {
                    continue;
                }

                string relative = match.Groups["path"].Value;
                // Solution folders repeat their name as the "path"; real projects have a project file extension.
                string extension = System.IO.Path.GetExtension(relative);
                if (!extension.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string projectPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, PathUtil.FromMsBuild(relative)));
                projects.Add(new SolutionProject(match.Groups["name"].Value, relative, projectPath));
            }

            return new SolutionFile(fullPath, projects);
        }
    }

    public sealed class SolutionProject
    {
        public SolutionProject(string name, string relativePath, string fullPath)
        {
            Name = name;
            RelativePath = relativePath;
            FullPath = fullPath;
        }

        public string Name { get; }

        /// <summary>The path as written in the .sln (backslashes).</summary>
        public string RelativePath { get; }

        public string FullPath { get; }

        public bool IsDeviceProject => FullPath.EndsWith(".nfproj", StringComparison.OrdinalIgnoreCase);
    }
}
