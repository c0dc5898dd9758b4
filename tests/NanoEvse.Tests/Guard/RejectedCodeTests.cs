using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    /// <summary>Each construct compiles for desktop .NET but not for nanoFramework 1.x; the guard must say so.</summary>
    public class RejectedCodeTests
    {
        /// <summary>Desktop .NET API that the real nanoFramework mscorlib 1.17.11 does not have.</summary>
        public static TheoryData<string, string, string[]> MissingFromMscorlib => new TheoryData<string, string, string[]>
        {
            { "string.Join", "namespace Sample { public class C { string All(string[] a) { return string.Join(\",\", a); } } }", new[] { "CS0117" } },
            { "string.Replace", "namespace Sample { public class C { string Dash(string s) { return s.Replace(\" \", \"-\"); } } }", new[] { "CS1061" } },
            { "char.IsDigit", "namespace Sample { public class C { bool Digit(char c) { return char.IsDigit(c); } } }", new[] { "CS0117" } },
            { "Math (a separate package on nanoFramework)", "namespace Sample { public class C { int Big(int a, int b) { return System.Math.Max(a, b); } } }", new[] { "CS0234" } },
            { "Environment.TickCount", "namespace Sample { public class C { int Now() { return System.Environment.TickCount; } } }", new[] { "CS0234" } },
            { "Array.Sort", "namespace Sample { public class C { void Order(int[] a) { System.Array.Sort(a); } } }", new[] { "CS0117" } },
            { "Monitor.TryEnter", "namespace Sample { public class C { bool Try(object o) { return System.Threading.Monitor.TryEnter(o); } } }", new[] { "CS0117" } },
            { "Stream without nanoFramework.System.IO.Streams", "namespace Sample { public class C { System.IO.Stream open; } }", new[] { "CS0234" } },
        };

        public static TheoryData<string, string, string[]> Constructs => new TheoryData<string, string, string[]>
        {
            {
                "List<T>",
                "using System.Collections.Generic; namespace Sample { public class C { List<int> items = new List<int>(); } }",
                new[] { "CS0234", "CS0246" }
            },
            {
                "LINQ",
                "using System.Linq; namespace Sample { public class C { int Big(int[] a) { return a.Where(x => x > 1).Count(); } } }",
                new[] { "CS0234", "CS1061" }
            },
            {
                "async/await",
                "using System.Threading.Tasks; namespace Sample { public class C { async Task Run() { await Task.Delay(1); } } }",
                new[] { "CS0234", "CS0246" }
            },
            {
                "int?",
                "namespace Sample { public class C { int? limit; public bool Limited { get { return limit.HasValue; } } } }",
                new[] { "CS0518" }
            },
            {
                "tuples",
                "namespace Sample { public class C { (int, string) Pair() { return (1, \"a\"); } } }",
                new[] { "CS8179" }
            },
            {
                "decimal",
                "namespace Sample { public class C { decimal price = 1.5m; } }",
                new[] { DeviceSyntaxRules.Decimal }
            },
            {
                "Span<T>",
                "namespace Sample { public class C { void Fill() { System.Span<byte> s = new byte[4]; s[0] = 1; } } }",
                new[] { "CS0234", "CS0246" }
            },
            {
                "generic delegate that the real mscorlib declares (Action<T>)",
                "namespace Sample { public class C { System.Action<int> report = n => { }; } }",
                new[] { IlLint.GenericTypeInstance }
            },
            {
                "multidimensional array",
                "namespace Sample { public class C { int[,] grid = new int[2, 2]; } }",
                new[] { DeviceSyntaxRules.MultidimensionalArray }
            },
            {
                "user generic class",
                "namespace Sample { public class Box<T> { public T Value; } }",
                new[] { IlLint.GenericDefinition }
            },
            {
                "user generic method",
                "namespace Sample { public class C { public static T Same<T>(T value) { return value; } } }",
                new[] { IlLint.GenericDefinition }
            },
            {
                "anonymous type (a compiler-generated generic class)",
                "namespace Sample { public class C { public object Make() { return new { Id = 1 }; } } }",
                new[] { "CS0656", IlLint.GenericDefinition }
            },
            {
                "file-scoped namespace",
                "namespace Sample; public class C { }",
                new[] { "CS8773" }
            },
            {
                "global using",
                "global using System; namespace Sample { public class C { } }",
                new[] { "CS8773" }
            },
            {
                "record struct",
                "namespace Sample { public record struct Point(int X, int Y); }",
                new[] { "CS8773" }
            },
            {
                "unsafe code",
                "namespace Sample { public class C { unsafe void Poke(int* p) { *p = 1; } } }",
                new[] { DeviceSyntaxRules.Unsafe }
            },
            {
                "stackalloc",
                "namespace Sample { public class C { unsafe void Scratch() { byte* b = stackalloc byte[8]; } } }",
                new[] { DeviceSyntaxRules.StackAlloc }
            },
            {
                "dynamic",
                "namespace Sample { public class C { void Call(object o) { dynamic d = o; } } }",
                new[] { DeviceSyntaxRules.Dynamic }
            },
        };

        [Theory]
        [MemberData(nameof(Constructs))]
        public void IsRejected(string construct, string source, string[] expectedCodes)
        {
            GuardResult result = DeviceSolution.CheckSnippet(source);

            Assert.False(result.Success, construct + " passed the guard");
            GuardAssert.Reports(result, expectedCodes);
        }

        [Theory]
        [MemberData(nameof(MissingFromMscorlib))]
        public void ApiMissingFromTheRealMscorlibIsRejected(string api, string source, string[] expectedCodes)
        {
            using (var solution = new DeviceSolution())
            {
                solution.AddProject("Snippet", DeviceSolution.CoreLibrary).Source("Snippet.cs", source);

                GuardResult result = solution.Run();

                Assert.False(result.Success, api + " passed the guard");
                GuardAssert.Reports(result, expectedCodes);
            }
        }
    }
}
