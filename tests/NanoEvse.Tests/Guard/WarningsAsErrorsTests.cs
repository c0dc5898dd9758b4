using System.IO;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    /// <summary>The device build imports Directory.Build.props, so its TreatWarningsAsErrors holds for the guard's compile too.</summary>
    public class WarningsAsErrorsTests
    {
        private const string UnusedVariable = "namespace Sample { public class C { public void Run() { int unused; } } }";

        [Fact]
        public void WarningFailsWhenDirectoryBuildPropsTreatsWarningsAsErrors()
        {
            using (var solution = new DeviceSolution())
            {
                File.WriteAllText(Path.Combine(solution.Root, "Directory.Build.props"),
                    "<Project><PropertyGroup><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup></Project>");
                solution.AddProject("Strict", DeviceSolution.CoreLibrary).Source("C.cs", UnusedVariable);

                GuardResult result = solution.Run();

                GuardAssert.Reports(result, "CS0168");
                Assert.Empty(result.Figures);
            }
        }

        [Fact]
        public void HostOnlyConditionDoesNotTurnWarningsIntoErrors()
        {
            using (var solution = new DeviceSolution())
            {
                File.WriteAllText(Path.Combine(solution.Root, "Directory.Build.props"),
                    "<Project><PropertyGroup Condition=\"'$(MSBuildProjectExtension)' != '.nfproj'\"><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup></Project>");
                solution.AddProject("Lenient", DeviceSolution.CoreLibrary).Source("C.cs", UnusedVariable);

                GuardAssert.Clean(solution.Run());
            }
        }

        [Fact]
        public void WarningIsNotAnErrorWithoutTheSetting()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Lenient", DeviceSolution.CoreLibrary).Source("C.cs", UnusedVariable);

                GuardAssert.Clean(solution.Run());
            }
        }
    }
}
