using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoEvse.ChargePoint.Storage;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>The stored document layout: what is written reads back unchanged, and a damaged file is refused with a reason.</summary>
    public class DocumentFormatTests
    {
        private const int Version = 1;

        [Fact]
        public void Integers_read_back_unchanged()
        {
            int[] values = { 0, 1, -1, 300, int.MinValue, int.MaxValue };
            DocumentWriter writer = new DocumentWriter(Version);
            foreach (int value in values)
            {
                writer.Int(value);
            }

            DocumentReader reader = Open(Sealed(writer));

            Assert.Equal(values, values.Select(_ => reader.Int()).ToArray());
            Assert.True(reader.AtEnd);
        }

        [Theory]
        [InlineData("")]
        [InlineData("HeartbeatInterval")]
        [InlineData("Zürich Ladesäule € 充电桩 🚗⚡")]
        [InlineData("with\0nul and \"quotes\"")]
        public void Strings_read_back_unchanged(string value)
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.String(value);
            writer.Int(42);

            DocumentReader reader = Open(Sealed(writer));

            Assert.Equal(value, reader.String());
            Assert.Equal(42, reader.Int());
            Assert.True(reader.AtEnd);
        }

        [Fact]
        public void A_null_string_reads_back_empty()
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.String(null);

            Assert.Equal(string.Empty, Open(Sealed(writer)).String());
        }

        [Theory]
        [InlineData("a", 65535)]
        [InlineData("€", 21845)]
        public void A_string_of_the_longest_stored_length_reads_back(string unit, int repeat)
        {
            string value = string.Concat(Enumerable.Repeat(unit, repeat));
            DocumentWriter writer = new DocumentWriter(Version);
            writer.String(value);
            writer.String("after");

            DocumentReader reader = Open(Sealed(writer));

            Assert.Equal(value, reader.String());
            Assert.Equal("after", reader.String());
        }

        [Theory]
        [InlineData("a", 65536)]
        [InlineData("€", 21846)]
        public void A_string_over_65535_UTF8_bytes_is_refused_when_written(string unit, int repeat)
        {
            DocumentWriter writer = new DocumentWriter(Version);

            Assert.Throws<ArgumentException>(() => writer.String(string.Concat(Enumerable.Repeat(unit, repeat))));
        }

        [Fact]
        public void Length_counts_header_payload_and_crc()
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.Int(7);
            writer.String("abc");

            byte[] file = Sealed(writer);

            Assert.Equal(DocumentWriter.HeaderBytes + 4 + 2 + 3 + DocumentWriter.CrcBytes, file.Length);
            Assert.Equal(new byte[] { (byte)'N', (byte)'E', Version, 0 }, file.Take(4).ToArray());
        }

        [Fact]
        public void A_sealed_document_takes_no_more_fields()
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.Seal();

            Assert.Throws<InvalidOperationException>(() => writer.Int(1));
        }

        [Fact]
        public void Reading_past_the_payload_fails_instead_of_reading_the_crc()
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.Int(1);
            DocumentReader reader = Open(Sealed(writer));
            reader.Int();

            Assert.Throws<IOException>(() => reader.Int());
            Assert.Throws<IOException>(() => reader.String());
        }

        [Fact]
        public void A_string_length_beyond_the_payload_fails()
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.Int(0x0000FFFF);
            DocumentReader reader = Open(Sealed(writer));

            Assert.Throws<IOException>(() => reader.String());
        }

        [Fact]
        public void The_document_version_is_reported()
        {
            DocumentWriter writer = new DocumentWriter(2);

            Assert.Equal(2, DocumentReader.Open(Sealed(writer), 3, out _).Version);
        }

        [Fact]
        public void Every_truncation_is_refused()
        {
            byte[] file = Sample();
            for (int length = 0; length < file.Length; length++)
            {
                string problem = Refused(file.Take(length).ToArray());
                Assert.True(problem.Contains("header") || problem.Contains("length"), length + ": " + problem);
            }
        }

        [Fact]
        public void Every_single_flipped_bit_is_refused()
        {
            byte[] file = Sample();
            for (int bit = 0; bit < file.Length * 8; bit++)
            {
                byte[] damaged = (byte[])file.Clone();
                damaged[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.NotNull(Refused(damaged));
            }
        }

        [Fact]
        public void A_flipped_payload_bit_is_caught_by_the_crc()
        {
            byte[] file = Sample();
            file[DocumentWriter.HeaderBytes + 3] ^= 0x10;

            Assert.Contains("CRC", Refused(file));
        }

        [Fact]
        public void Extra_bytes_after_the_document_are_refused()
        {
            byte[] file = Sample().Concat(new byte[] { 0 }).ToArray();

            Assert.Contains("length", Refused(file));
        }

        public static IEnumerable<object[]> BadHeaders()
        {
            yield return new object[] { "empty", new byte[0] };
            yield return new object[] { "shorter than header and CRC", new byte[] { (byte)'N', (byte)'E', 1, 0, 0, 0, 0, 0, 0, 0, 0 } };
            yield return new object[] { "text file", System.Text.Encoding.ASCII.GetBytes("HeartbeatInterval=300\n") };
            yield return new object[] { "erased flash", Enumerable.Repeat((byte)0xFF, 64).ToArray() };
            yield return new object[] { "zeroed flash", new byte[64] };
        }

        [Theory]
        [MemberData(nameof(BadHeaders))]
        public void A_file_that_is_not_a_document_is_refused(string what, byte[] file)
        {
            Assert.False(string.IsNullOrEmpty(Refused(file)), what);
        }

        [Fact]
        public void A_wrong_magic_is_refused_even_with_a_matching_crc()
        {
            byte[] file = Sample();
            file[0] = (byte)'X';
            Reseal(file);

            Assert.Contains("header", Refused(file));
        }

        [Fact]
        public void A_length_field_that_disagrees_with_the_file_is_refused()
        {
            byte[] file = Sample();
            file[4]++;
            Reseal(file);

            Assert.Contains("length", Refused(file));
        }

        [Fact]
        public void A_negative_length_field_is_refused()
        {
            byte[] file = Sample();
            file[7] = 0x80;
            Reseal(file);

            Assert.Contains("length", Refused(file));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(2)]
        [InlineData(255)]
        public void A_format_version_this_firmware_does_not_read_is_refused(int version)
        {
            byte[] file = Sample();
            file[2] = (byte)version;
            Reseal(file);

            Assert.Contains("version " + version, Refused(file));
        }

        /// <summary>A document with a few typical fields.</summary>
        private static byte[] Sample()
        {
            DocumentWriter writer = new DocumentWriter(Version);
            writer.Int(2);
            writer.String("HeartbeatInterval");
            writer.String("600");
            writer.String("ConnectorPhaseRotation");
            writer.String("1.RST");
            return Sealed(writer);
        }

        private static byte[] Sealed(DocumentWriter writer)
        {
            return writer.Seal().Take(writer.Length).ToArray();
        }

        /// <summary>Recomputes the CRC so only the deliberate damage remains.</summary>
        private static void Reseal(byte[] file)
        {
            int at = file.Length - DocumentWriter.CrcBytes;
            BitConverter.GetBytes(Crc32.Compute(file, 0, at)).CopyTo(file, at);
        }

        private static DocumentReader Open(byte[] file)
        {
            DocumentReader reader = DocumentReader.Open(file, Version, out string problem);
            Assert.True(reader != null, "refused: " + problem);
            return reader;
        }

        private static string Refused(byte[] file)
        {
            DocumentReader reader = DocumentReader.Open(file, Version, out string problem);
            Assert.Null(reader);
            Assert.False(string.IsNullOrEmpty(problem));
            return problem;
        }
    }
}
