using System.IO;
using System.Linq;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    /// <summary>
    /// Device code compiles against the real nanoFramework mscorlib that NfGuard's build restores from NuGet; the
    /// hand-written profile packages compile against it too, so their declarations must agree with it.
    /// </summary>
    public class RealMscorlibTests
    {
        private static ProfilePackage CoreLibrary => DeviceSolution.Catalog.Find(DeviceSolution.CoreLibrary);

        private static string RealMscorlibPath => Path.Combine(NuGetAssembly.DefaultPackagesDirectory, CoreLibrary.PackageRelativeLibPath);

        [Fact]
        public void CoreLibraryIsTheRestoredPackageNotADeclaration()
        {
            Assert.True(CoreLibrary.FromNuGet);
            Assert.False(Directory.Exists(Path.Combine(DeviceSolution.ProfileDirectory, DeviceSolution.CoreLibrary)),
                "a hand-written CoreLibrary folder would not be used");
            Assert.True(File.Exists(RealMscorlibPath), RealMscorlibPath + " was not copied by NfGuard's build");
            Assert.Null(NuGetAssembly.IdentityProblem(File.ReadAllBytes(RealMscorlibPath), CoreLibrary));
            Assert.All(DeviceSolution.Catalog.Packages.Where(p => p.Id != DeviceSolution.CoreLibrary), p => Assert.False(p.FromNuGet));
        }

        [Fact]
        public void AnotherVersionOfMscorlibIsNotAccepted()
        {
            var older = new ProfilePackage(CoreLibrary.Id, "1.17.10", "mscorlib", CoreLibrary.LibPath, true, new string[0]);

            string problem = NuGetAssembly.IdentityProblem(File.ReadAllBytes(RealMscorlibPath), older);

            Assert.Contains("1.17.11", problem);
            Assert.Contains("1.17.10", problem);
        }

        [Fact]
        public void MissingPackageFailsWithAClearError()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("App", DeviceSolution.CoreLibrary).Source("C.cs", "namespace Sample { public class C { } }");

                GuardResult result = solution.Run(Path.Combine(solution.Root, "no-packages"));

                GuardAssert.Reports(result, NuGetAssembly.Missing);
                Assert.Contains(result.Errors, e => e.Code == NuGetAssembly.Missing && e.Message.Contains("nanoFramework.CoreLibrary 1.17.11"));
                Assert.Empty(result.Figures);
            }
        }

        [Fact]
        public void AssemblyOtherThanMscorlibInThePackageFolderIsRejected()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("App", DeviceSolution.CoreLibrary).Source("C.cs", "namespace Sample { public class C { } }");
                string packages = Path.Combine(solution.Root, "packages");
                string impostor = Path.Combine(packages, CoreLibrary.PackageRelativeLibPath);
                Directory.CreateDirectory(Path.GetDirectoryName(impostor));
                File.Copy(typeof(GuardRunner).Assembly.Location, impostor);

                GuardResult result = solution.Run(packages);

                GuardAssert.Reports(result, NuGetAssembly.WrongIdentity);
                Assert.Contains(result.Errors, e => e.Code == NuGetAssembly.WrongIdentity && e.Message.Contains("'NfGuard'"));
            }
        }

        [Fact]
        public void DeclarationOfATypeMscorlibAlreadyHasIsAProfileError()
        {
            string profile = Path.Combine(Path.GetTempPath(), "nfprofile-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(Path.Combine(profile, "Sample.Shadow"));
                File.WriteAllLines(Path.Combine(profile, ProfileCatalog.FileName), new[]
                {
                    $"{CoreLibrary.Id} {CoreLibrary.Version} mscorlib {CoreLibrary.LibPath} nuget -",
                    $"Sample.Shadow 1.0.0 Sample.Shadow lib/Sample.Shadow.dll declared {CoreLibrary.Id}",
                });
                File.WriteAllText(Path.Combine(profile, "Sample.Shadow", "ArrayList.cs"),
                    "namespace System.Collections { public class ArrayList { } public class Uses { ArrayList list; } }");
                ApiProfile loaded = ApiProfile.Load(profile, NuGetAssembly.DefaultPackagesDirectory);

                ProfileAssembly shadow = loaded.Get(loaded.Catalog.Find("Sample.Shadow"));

                Assert.Null(shadow.Reference);
                Assert.Contains(shadow.Errors, e => e.Code == "CS0436");
            }
            finally
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        [Fact]
        public void NfGuardRestoresTheCoreLibraryVersionOfThePackageSet()
        {
            string project = File.ReadAllText(Path.Combine(Project.RepoPaths.Root, "tools", "NfGuard", "NfGuard.csproj"));

            Assert.Contains($"<NanoFrameworkCoreLibraryVersion>{CoreLibrary.Version}</NanoFrameworkCoreLibraryVersion>", project);
        }
    }
}
