using System;
using System.Text;
using NanoEvse.UpdatePackage;
using Xunit;
using PlatformSha256 = System.Security.Cryptography.SHA256;

namespace NanoEvse.Tests.UpdatePackage
{
    /// <summary>The firmware's managed SHA-256 against FIPS 180-4's examples and the platform's implementation.</summary>
    public class Sha256Tests
    {
        private const string MillionA = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

        [Theory]
        [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
        [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
        [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
        [InlineData("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
        public void The_FIPS_180_examples_hash_to_their_published_digests(string message, string digest)
        {
            Assert.Equal(digest, Hash(Encoding.ASCII.GetBytes(message), int.MaxValue));
        }

        [Theory]
        [InlineData(1000)]
        [InlineData(1000000)]
        public void One_million_a_hashes_to_the_published_digest_whatever_the_chunks(int chunk)
        {
            byte[] million = new byte[1000000];
            Array.Fill(million, (byte)'a');

            Assert.Equal(MillionA, Hash(million, chunk));
        }

        [Fact]
        public void Every_length_up_to_300_fed_in_random_chunks_matches_the_platform()
        {
            Random random = new Random(180);
            for (int length = 0; length <= 300; length++)
            {
                byte[] data = new byte[length];
                random.NextBytes(data);
                Sha256 hash = new Sha256();
                int offset = 0;
                while (offset < length)
                {
                    int chunk = Math.Min(random.Next(0, 80), length - offset);
                    hash.Append(data, offset, chunk);
                    offset += chunk;
                }

                Assert.True(PlatformSha256.HashData(data).AsSpan().SequenceEqual(hash.Finish()), "length " + length);
            }
        }

        [Fact]
        public void Appending_from_the_middle_of_an_array_hashes_only_that_slice()
        {
            byte[] framed = Encoding.ASCII.GetBytes("xxabcyy");
            Sha256 hash = new Sha256();
            hash.Append(framed, 2, 3);

            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.ToHex(hash.Finish()));
        }

        [Fact]
        public void A_finished_hash_takes_no_more_data_and_cannot_finish_again()
        {
            Sha256 hash = new Sha256();
            hash.Finish();

            Assert.Throws<InvalidOperationException>(() => hash.Append(new byte[1], 0, 1));
            Assert.Throws<InvalidOperationException>(() => hash.Finish());
        }

        [Fact]
        public void A_slice_outside_the_array_is_refused()
        {
            Sha256 hash = new Sha256();

            Assert.Throws<ArgumentNullException>(() => hash.Append(null, 0, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => hash.Append(new byte[4], 2, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => hash.Append(new byte[4], -1, 1));
        }

        [Fact]
        public void Hex_is_lowercase_two_digits_a_byte()
        {
            Assert.Equal("00ff0a", Sha256.ToHex(new byte[] { 0x00, 0xff, 0x0a }));
            Assert.Equal(string.Empty, Sha256.ToHex(new byte[0]));
        }

        private static string Hash(byte[] data, int chunk)
        {
            Sha256 hash = new Sha256();
            for (int offset = 0; offset < data.Length; offset += chunk)
            {
                hash.Append(data, offset, Math.Min(chunk, data.Length - offset));
            }

            return Sha256.ToHex(hash.Finish());
        }
    }
}
