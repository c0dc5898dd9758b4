using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Project
{
    /// <summary>
    /// MSBuild imports Directory.Build.props and Directory.Build.targets into the device builds (.nfproj) as well as
    /// the host ones. The host settings must stay out of the device build; warnings are errors in both.
    /// </summary>
    public class BuildPropsTests
    {
        private static readonly string[] HostOnly = { "TargetFramework", "Nullable", "ImplicitUsings", "InvariantGlobalization", "LangVersion" };

        [Fact]
        public void DeviceBuildGetsWarningsAsErrorsAndNoHostSettings()
        {
            Dictionary<string, string> device = Evaluate(".nfproj");

            Assert.Equal("true", device["TreatWarningsAsErrors"]);
            Assert.All(HostOnly, name => Assert.True(device[name].Length == 0, $"{name} is '{device[name]}' in a .nfproj build"));
        }

        [Fact]
        public void HostBuildGetsItsSettingsAndPortableProjectsGetCSharp9()
        {
            Dictionary<string, string> host = Evaluate(".csproj");

            Assert.Equal("true", host["TreatWarningsAsErrors"]);
            Assert.Equal("net10.0", host["TargetFramework"]);
            Assert.Equal("disable", host["Nullable"]);
            Assert.Equal("9.0", host["LangVersion"]);
        }

        [Fact]
        public void NfGuardSeesWarningsAsErrorsForEveryDeviceProject()
        {
            string[] lenient = RepoPaths.FilesUnder(RepoPaths.Root, "*.nfproj")
                .Select(DeviceProject.Load)
                .Where(p => !p.TreatWarningsAsErrors)
                .Select(p => p.Path)
                .ToArray();

            Assert.Empty(lenient);
        }

        /// <summary>
        /// Evaluates a throw-away portable project with the given extension that imports the repository's props and
        /// targets where MSBuild's common props and targets would.
        /// </summary>
        private static Dictionary<string, string> Evaluate(string extension)
        {
            string folder = Path.Combine(Path.GetTempPath(), "nfprops-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                string project = Path.Combine(folder, "Probe" + extension);
                File.WriteAllText(project,
                    "<Project>\n" +
                    $"  <Import Project=\"{Path.Combine(RepoPaths.Root, "Directory.Build.props")}\" />\n" +
                    "  <PropertyGroup><PortableCore>true</PortableCore></PropertyGroup>\n" +
                    $"  <Import Project=\"{Path.Combine(RepoPaths.Root, "Directory.Build.targets")}\" />\n" +
                    "</Project>\n");
                var names = HostOnly.Concat(new[] { "TreatWarningsAsErrors" }).ToArray();
                JsonElement properties = MsBuildProperties.Evaluate(project, names);
                return names.ToDictionary(n => n, n => properties.GetProperty(n).GetString());
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
