using System.Linq;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    public class AcceptedCodeTests
    {
        private const string DeviceStyleCode = @"
using System;
using System.Collections;
using System.Text;

namespace Sample
{
    public sealed class Inventory
    {
        private readonly ArrayList items = new ArrayList();
        private readonly Hashtable counts = new Hashtable();
        private readonly object sync = new object();
        private int[][] buckets = new int[2][];

        public void Add(string name)
        {
            lock (sync)
            {
                items.Add(name);
                object seen = counts[name];
                counts[name] = seen == null ? 1 : (int)seen + 1;
            }
        }

        public string Describe()
        {
            var text = new StringBuilder();
            foreach (string name in items)
            {
                text.Append($""{name}={counts[name]};"");
            }

            return text.ToString();
        }

        // Enough cases for the compiler to switch on a string hash.
        public static int Rank(string status)
        {
            switch (status)
            {
                case ""Accepted"": return 1;
                case ""Blocked"": return 2;
                case ""Expired"": return 3;
                case ""Invalid"": return 4;
                case ""ConcurrentTx"": return 5;
                case ""Pending"": return 6;
                case ""Rejected"": return 7;
                case ""Faulted"": return 8;
                default: return 0;
            }
        }
    }
}
";

        [Fact]
        public void DeviceStyleCodePasses()
        {
            GuardResult result = DeviceSolution.CheckSnippet(DeviceStyleCode);

            GuardAssert.Clean(result);
            AssemblyFigures figures = Assert.Single(result.Figures);
            Assert.Equal("Snippet", figures.AssemblyName);
            Assert.InRange(figures.IlBytes, 1, IlLint.ByteCodeLimit - 1);
            Assert.StartsWith("NfGuard: Snippet: IL ", figures.ToString());
        }

        [Fact]
        public void EveryProfilePackageCompiles()
        {
            using (var solution = new DeviceSolution())
            {
                string[] everything = DeviceSolution.Catalog.Packages.Select(p => p.Id).ToArray();
                solution.AddProject("Everything", everything).Source("Empty.cs", "namespace Sample { public class Empty { } }");

                GuardAssert.Clean(solution.Run());
            }
        }

        [Fact]
        public void ProjectsCompileInReferenceOrderAgainstEachOthersOutput()
        {
            using (var solution = new DeviceSolution())
            {
                // Listed before the project it references: the guard must still compile Core first.
                solution.AddProject("App", DeviceSolution.CoreLibrary)
                    .Exe()
                    .References("Core")
                    .Source(@"Startup\Program.cs", "namespace App { public static class Program { public static void Main() { new Core.Counter().Increment(); } } }");
                solution.AddProject("Core", DeviceSolution.CoreLibrary)
                    .Source("Counter.cs", "namespace Core { public class Counter { private int value; public void Increment() { value++; } } }");

                GuardResult result = solution.Run();

                GuardAssert.Clean(result);
                Assert.Equal(new[] { "Core", "App" }, result.Figures.Select(f => f.AssemblyName));
            }
        }

        [Fact]
        public void DependentProjectIsSkippedWhenItsReferenceFails()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Core", DeviceSolution.CoreLibrary)
                    .Source("Broken.cs", "namespace Core { public class Broken { Missing field; } }");
                solution.AddProject("App", DeviceSolution.CoreLibrary)
                    .References("Core")
                    .Source("Use.cs", "namespace App { public class Use { } }");

                GuardResult result = solution.Run();

                GuardAssert.Reports(result, "CS0246");
                GuardAssert.Reports(result, GuardRunner.SkippedProject);
            }
        }

        [Fact]
        public void ErrorLinesUseTheMsBuildFormat()
        {
            GuardResult result = DeviceSolution.CheckSnippet("namespace Sample\n{\n    public class C { Missing field; }\n}\n");

            GuardDiagnostic error = Assert.Single(result.Errors);
            Assert.Equal("CS0246", error.Code);
            Assert.Matches(@"^/.+Snippet\.cs\(3,22\): error CS0246: .+ \[Snippet\]$", error.ToString());
        }

        [Fact]
        public void OnlyThePackagesInPackagesConfigAreVisible()
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("NoText", DeviceSolution.CoreLibrary)
                    .Source("UsesText.cs", "namespace Sample { public class C { System.Text.StringBuilder b = new System.Text.StringBuilder(); } }");

                GuardAssert.Reports(solution.Run(), "CS0234", "CS0246");
            }
        }
    }
}
