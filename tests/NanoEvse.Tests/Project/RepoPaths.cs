using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NanoEvse.Tests.Project
{
    /// <summary>Finds the checkout the tests were built from, walking up from the test assembly.</summary>
    public static class RepoPaths
    {
        private static readonly string[] SkippedFolders = { "bin", "obj", ".git", "node_modules" };

        /// <summary>The repository root: the nearest folder above the test assembly that holds nf.sln.</summary>
        public static string Root => FolderHolding("nf.sln");

        public static string Solution => Path.Combine(Root, "nf.sln");

        /// <summary>
        /// The nearest folder above the test assembly, or else above the checkout the tests were built from,
        /// that holds the given file or folder.
        /// </summary>
        public static string FolderHolding(string relativePath)
        {
            string builtFrom = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
            foreach (string start in new[] { AppContext.BaseDirectory, builtFrom })
            {
                for (DirectoryInfo dir = start == null ? null : new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, relativePath);
                    if (File.Exists(candidate) || Directory.Exists(candidate))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} or {builtFrom} holds {relativePath}");
        }

        /// <summary>Files under a folder, leaving out build output and tool folders.</summary>
        public static IEnumerable<string> FilesUnder(string folder, string pattern)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                string current = pending.Pop();
                foreach (string file in Directory.EnumerateFiles(current, pattern))
                {
                    yield return file;
                }

                foreach (string sub in Directory.EnumerateDirectories(current)
                    .Where(d => !SkippedFolders.Contains(Path.GetFileName(d), StringComparer.OrdinalIgnoreCase)))
                {
                    pending.Push(sub);
                }
            }
        }
    }
}
