using System.IO;
using System.Linq;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    public class PackageRuleTests
    {
        private const string Source = "namespace Sample { public class C { } }";

        [Fact]
        public void VersionOtherThanTheProfileIsReported()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Drifted", DeviceSolution.CoreLibrary)
                    .Package(DeviceSolution.CoreLibrary, "1.17.10")
                    .Source("C.cs", Source);

                GuardResult result = solution.Run();

                GuardAssert.Reports(result, PackageChecks.VersionMismatch);
                Assert.Contains(result.Errors, e => e.Code == PackageChecks.VersionMismatch && e.File.EndsWith("packages.config") && e.Line > 0);
            }
        }

        [Fact]
        public void PackageMissingFromTheProfileIsReported()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Unknown", DeviceSolution.CoreLibrary)
                    .Package("nanoFramework.Not.In.Profile", "1.0.0")
                    .Source("C.cs", Source);

                GuardAssert.Reports(solution.Run(), PackageChecks.UnknownPackage);
            }
        }

        [Fact]
        public void MissingDependencyPackageIsReported()
        {
            // A package that needs more than mscorlib, listed without the rest of what it needs.
            ProfilePackage needy = DeviceSolution.Catalog.Packages.First(p => p.Dependencies.Any(d => d != DeviceSolution.CoreLibrary));
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Partial", DeviceSolution.CoreLibrary, needy.Id)
                    .Source("C.cs", Source);

                GuardAssert.Reports(solution.Run(), PackageChecks.MissingDependency);
            }
        }

        [Fact]
        public void HintPathOutsideThePackageIsReported()
        {
            using (var solution = new DeviceSolution())
            {
                DeviceProjectFiles project = solution.AddProject("Hinted", DeviceSolution.CoreLibrary).Source("C.cs", Source);
                string text = File.ReadAllText(project.ProjectPath);
                File.WriteAllText(project.ProjectPath, text.Replace("\\lib\\mscorlib.dll", "\\lib\\netnano1.0\\mscorlib.dll"));

                GuardAssert.Reports(solution.Run(), PackageChecks.BadReference);
            }
        }

        [Fact]
        public void MissingCompileItemIsReported()
        {
            using (var solution = new DeviceSolution())
            {
                DeviceProjectFiles project = solution.AddProject("Gone", DeviceSolution.CoreLibrary).Source(@"Sub\C.cs", Source);
                File.Delete(Path.Combine(Path.GetDirectoryName(project.ProjectPath), "Sub", "C.cs"));

                GuardAssert.Reports(solution.Run(), GuardRunner.MissingCompileItem);
            }
        }
    }
}
