using System.Text;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    public class IlLimitTests
    {
        /// <summary>The compiler adds one instance method of its own: the default constructor.</summary>
        [Theory]
        [InlineData("static", "public static int M{0}() {{ return {0}; }}", 0)]
        [InlineData("instance", "public int M{0}() {{ return {0}; }}", 1)]
        [InlineData("virtual", "public virtual int M{0}() {{ return {0}; }}", 0)]
        public void AtMost255MethodsOfEachKindPerType(string kind, string methodTemplate, int generated)
        {
            GuardAssert.DoesNotReport(DeviceSolution.CheckSnippet(ClassWithMethods(methodTemplate, 255 - generated)), IlLint.TooManyMethods);

            GuardResult result = DeviceSolution.CheckSnippet(ClassWithMethods(methodTemplate, 256 - generated));

            GuardAssert.Reports(result, IlLint.TooManyMethods);
            Assert.Contains(result.Errors, e => e.Message.Contains("256 " + kind + " methods"));
        }

        [Fact]
        public void UserStringsAbove64KiBAreRejected()
        {
            var source = new StringBuilder("namespace Sample { public static class Texts { public static string[] All = {\n");
            for (int i = 0; i < 40; i++)
            {
                // 40 distinct literals of 1,000 characters: about 80 KB in the UTF-16 user-string heap.
                source.Append('"').Append(i.ToString("D4")).Append(new string((char)('a' + (i % 26)), 996)).Append("\",\n");
            }

            source.Append("}; } }");

            GuardResult result = DeviceSolution.CheckSnippet(source.ToString());

            GuardAssert.Reports(result, IlLint.UserStringOverflow);
        }

        [Fact]
        public void ByteCodeAbove64KiBIsRejected()
        {
            var source = new StringBuilder("namespace Sample { public static class Busy {\n");
            for (int method = 0; method < 12; method++)
            {
                source.Append("public static int Churn").Append(method).Append("(int x) {\n");
                for (int line = 0; line < 1000; line++)
                {
                    source.Append("x = x * 31 + ").Append(line).Append(";\n");
                }

                source.Append("return x; }\n");
            }

            source.Append("} }");

            GuardResult result = DeviceSolution.CheckSnippet(source.ToString());

            GuardAssert.Reports(result, IlLint.ByteCodeOverflow);
        }

        private static string ClassWithMethods(string methodTemplate, int count)
        {
            var source = new StringBuilder("namespace Sample { public class Many {\n");
            for (int i = 0; i < count; i++)
            {
                source.AppendFormat(methodTemplate, i).Append('\n');
            }

            return source.Append("} }").ToString();
        }
    }
}
