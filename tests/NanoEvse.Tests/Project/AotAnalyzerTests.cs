using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace NanoEvse.Tests.Project
{
    /// <summary>
    /// The emulator and the update packager publish as NativeAOT binaries. Their ordinary build is the check: they and the
    /// embedded CSMS the emulator links build with the trim and AOT analyzers on and warnings as errors, so reflection-based
    /// JSON (or any other IL2xxx/IL3xxx warning) fails `dotnet build` and `dotnet test`. This test keeps those settings
    /// from being dropped.
    /// </summary>
    public class AotAnalyzerTests
    {
        [Theory]
        [InlineData("tools/NanoEvse.Emulator/NanoEvse.Emulator.csproj")]
        [InlineData("tools/NanoEvse.Csms/NanoEvse.Csms.csproj")]
        [InlineData("tools/NanoEvse.Packager/NanoEvse.Packager.csproj")]
        public void TrimAndAotWarningsFailTheBuild(string project)
        {
            JsonElement properties = MsBuildProperties.Evaluate(Path.Combine(RepoPaths.Root, project),
                "EnableAotAnalyzer", "EnableTrimAnalyzer", "TreatWarningsAsErrors", "WarningsNotAsErrors", "NoWarn");

            Assert.Equal("true", properties.GetProperty("EnableAotAnalyzer").GetString());
            Assert.Equal("true", properties.GetProperty("EnableTrimAnalyzer").GetString());
            Assert.Equal("true", properties.GetProperty("TreatWarningsAsErrors").GetString());
            foreach (string list in new[] { "WarningsNotAsErrors", "NoWarn" })
            {
                string value = properties.GetProperty(list).GetString();
                Assert.DoesNotContain("IL2", value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("IL3", value, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
