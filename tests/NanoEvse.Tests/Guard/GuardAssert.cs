using System.Linq;
using NfGuard;
using Xunit;

namespace NanoEvse.Tests.Guard
{
    internal static class GuardAssert
    {
        public static void Clean(GuardResult result)
        {
            Assert.True(result.Success, "expected no errors, got:\n" + Describe(result));
        }

        /// <summary>At least one error carries one of the codes; the message lists everything reported.</summary>
        public static void Reports(GuardResult result, params string[] codes)
        {
            Assert.True(result.Errors.Any(e => codes.Contains(e.Code)),
                $"expected an error {string.Join(" or ", codes)}, got:\n" + Describe(result));
        }

        public static void DoesNotReport(GuardResult result, string code)
        {
            Assert.False(result.Errors.Any(e => e.Code == code), $"did not expect {code}, got:\n" + Describe(result));
        }

        public static string Describe(GuardResult result)
        {
            return string.Join("\n", result.Errors.Select(e => e.ToString()).Concat(result.Figures.Select(f => f.ToString())));
        }
    }
}
