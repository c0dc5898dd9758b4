using System.Text;
using NanoEvse.ChargePoint.Storage;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>The document check must be the standard CRC-32, so files can be verified with any zip/IEEE tool.</summary>
    public class Crc32Tests
    {
        [Theory]
        [InlineData("", 0x00000000u)]
        [InlineData("a", 0xE8B7BE43u)]
        [InlineData("123456789", 0xCBF43926u)]
        [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
        public void Matches_the_published_check_values(string text, uint expected)
        {
            byte[] data = Encoding.ASCII.GetBytes(text);

            Assert.Equal(expected, Crc32.Compute(data, 0, data.Length));
        }

        [Fact]
        public void Covers_only_the_requested_range()
        {
            byte[] data = Encoding.ASCII.GetBytes("xx123456789yy");

            Assert.Equal(0xCBF43926u, Crc32.Compute(data, 2, 9));
        }
    }
}
