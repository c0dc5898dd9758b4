using System;
using System.IO;
using System.Text;
using NanoEvse.Packager;
using NanoEvse.UpdatePackage;
using Xunit;

namespace NanoEvse.Tests.UpdatePackage
{
    /// <summary>
    /// The streaming reader takes a packager-built package in any chunking and hands each file over intact; any damage,
    /// wherever it is, fails the package with a reason, and a file whose hash is wrong never reaches EndFile.
    /// </summary>
    public sealed class PackageReaderTests : IDisposable
    {
        private const string ChargePoint = "NanoEvse.ChargePoint.pe";
        private const string App = "NanoEvse.App.pe";

        private static readonly byte[] ChargePointBytes = TestPackage.RandomBytes(9000, 1);
        private static readonly byte[] AppBytes = TestPackage.RandomBytes(333, 2);

        private readonly string _root = Directory.CreateTempSubdirectory("nanoevse-reader-").FullName;

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Theory]
        [InlineData(1)]
        [InlineData(7)]
        [InlineData(0)]
        public void A_package_built_by_the_tool_is_read_in_any_chunking_and_every_file_reaches_the_sink_intact(int chunk)
        {
            byte[] package = BuiltByTheTool();
            RecordingSink sink = new RecordingSink();

            PackageReader reader = TestPackage.Read(package, chunk, sink);

            Assert.Equal(PackageState.Done, reader.State);
            Assert.Null(reader.Error);
            Assert.Equal(package.Length, reader.BytesRead);
            Assert.Equal(new[] { "begin " + ChargePoint, "end " + ChargePoint, "begin " + App, "end " + App }, sink.Calls);
            Assert.Equal(ChargePointBytes, sink.Received(ChargePoint));
            Assert.Equal(AppBytes, sink.Received(App));
            Assert.Equal(TestPackage.Version, reader.Manifest.Version);
            Assert.Equal(TestPackage.Target, reader.Manifest.Target);
            Assert.Equal(2, reader.Manifest.MinLoader);
            Assert.Equal(ChargePointBytes.Length + AppBytes.Length, reader.Manifest.TotalSize);
            Assert.Equal(TestPackage.Hex(AppBytes), reader.Manifest.Files[1].Sha256);
        }

        [Fact]
        public void File_bytes_go_to_the_sink_from_the_callers_buffer_never_from_a_copy_of_the_file()
        {
            byte[] package = Valid();
            RecordingSink sink = new RecordingSink();

            TestPackage.Read(package, 0, sink);

            Assert.Equal(new[] { package }, sink.Buffers);
        }

        [Fact]
        public void The_manifest_is_available_once_read_before_any_file_has_arrived()
        {
            byte[] package = Valid();
            int filesStart = package.Length - 32 - ChargePointBytes.Length - AppBytes.Length;
            PackageReader reader = new PackageReader(new RecordingSink());

            reader.Feed(package, 0, filesStart - 1);
            Assert.Equal(PackageState.Manifest, reader.State);
            Assert.Null(reader.Manifest);
            reader.Feed(package, filesStart - 1, 1);

            Assert.Equal(PackageState.Files, reader.State);
            Assert.Equal(ChargePoint, reader.Manifest.Files[0].Name);
        }

        [Fact]
        public void Wrong_magic_fails_at_the_first_wrong_byte_as_not_an_update_package()
        {
            byte[] package = Valid();
            package[3] ^= 0x20;
            RecordingSink sink = new RecordingSink();

            PackageReader reader = TestPackage.Read(package, 0, sink);

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("not an update package", reader.Error);
            Assert.Equal(4, reader.BytesRead);
            Assert.Empty(sink.Calls);
        }

        [Theory]
        [InlineData(0u)]
        [InlineData(4097u)]
        [InlineData(uint.MaxValue)]
        public void A_manifest_length_outside_1_to_4096_fails_before_anything_is_buffered(uint length)
        {
            byte[] package = Valid();
            BitConverter.GetBytes(length).CopyTo(package, 8);

            PackageReader reader = TestPackage.Read(package, 0, new RecordingSink());

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("manifest length " + length + " is outside 1 to 4096 bytes", reader.Error);
            Assert.Equal(12, reader.BytesRead);
        }

        [Fact]
        public void A_manifest_of_exactly_4096_bytes_is_accepted()
        {
            string manifest = TestPackage.Manifest(new[] { App }, new[] { AppBytes });
            manifest = manifest.PadRight(PackageReader.MaxManifestBytes);

            PackageReader reader = TestPackage.Read(TestPackage.Compose(manifest, AppBytes), 0, new RecordingSink());

            Assert.Equal(PackageState.Done, reader.State);
        }

        [Fact]
        public void Invalid_json_in_the_manifest_fails_with_the_readers_reason()
        {
            PackageReader reader = TestPackage.Read(TestPackage.Compose("{\"format\":1,", AppBytes), 0, new RecordingSink());

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.StartsWith("invalid manifest: Malformed JSON at character ", reader.Error);
        }

        [Fact]
        public void A_file_whose_hash_does_not_match_fails_and_never_reaches_EndFile()
        {
            string manifest = TestPackage.Manifest(new[] { ChargePoint, App }, new[] { ChargePointBytes, AppBytes });
            byte[] tampered = (byte[])AppBytes.Clone();
            tampered[100] ^= 0x01;
            RecordingSink sink = new RecordingSink();

            // The trailer is right for what is sent, so only the file's own hash can tell.
            PackageReader reader = TestPackage.Read(TestPackage.Compose(manifest, ChargePointBytes, tampered), 7, sink);

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal(App + ": SHA-256 mismatch", reader.Error);
            Assert.Equal(new[] { ChargePoint }, sink.Ended);
            Assert.Equal("begin " + App, sink.Calls[^1]);
        }

        [Fact]
        public void A_transfer_ending_inside_a_file_fails_as_truncated_in_that_file()
        {
            byte[] package = Valid();
            RecordingSink sink = new RecordingSink();

            PackageReader reader = TestPackage.Read(package[..^(32 + 10)], 0, sink);

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("truncated in " + App, reader.Error);
            Assert.Equal(new[] { ChargePoint }, sink.Ended);
        }

        [Theory]
        [InlineData(0, "no data: not an update package")]
        [InlineData(5, "truncated in the header")]
        [InlineData(20, "truncated in the manifest")]
        public void A_transfer_ending_before_the_files_says_where_it_stopped(int length, string error)
        {
            PackageReader reader = TestPackage.Read(Valid()[..length], 0, new RecordingSink());

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal(error, reader.Error);
        }

        [Fact]
        public void A_transfer_ending_inside_the_trailer_fails_though_every_file_matched()
        {
            RecordingSink sink = new RecordingSink();

            PackageReader reader = TestPackage.Read(Valid()[..^1], 1, sink);

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("truncated in the trailer", reader.Error);
            Assert.Equal(new[] { ChargePoint, App }, sink.Ended);
        }

        [Fact]
        public void A_corrupted_trailer_fails_the_package()
        {
            byte[] package = Valid();
            package[^5] ^= 0x80;

            PackageReader reader = TestPackage.Read(package, 0, new RecordingSink());

            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("package SHA-256 mismatch: the package is corrupted", reader.Error);
        }

        [Fact]
        public void A_bit_flipped_in_the_manifest_that_still_parses_is_caught_by_the_trailer()
        {
            byte[] package = Valid();
            int version = IndexOf(package, Encoding.ASCII.GetBytes("\"1.2.0\"")) + 3;
            package[version] ^= 0x01;

            PackageReader reader = TestPackage.Read(package, 7, new RecordingSink());

            Assert.Equal("1.3.0", reader.Manifest.Version);
            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("package SHA-256 mismatch: the package is corrupted", reader.Error);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Bytes_after_the_trailer_fail_the_package_in_the_same_chunk_or_a_later_one(bool later)
        {
            byte[] package = Valid();
            PackageReader reader = new PackageReader(new RecordingSink());
            if (later)
            {
                reader.Feed(package, 0, package.Length);
                Assert.Equal(PackageState.Done, reader.State);
                reader.Feed(new byte[] { 0 }, 0, 1);
            }
            else
            {
                byte[] longer = new byte[package.Length + 3];
                package.CopyTo(longer, 0);
                reader.Feed(longer, 0, longer.Length);
            }

            reader.End();
            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("bytes after the end of the package", reader.Error);
            Assert.Equal(package.Length + 1, reader.BytesRead);
        }

        [Fact]
        public void A_failed_reader_takes_nothing_more_and_keeps_its_first_reason()
        {
            byte[] package = Valid();
            package[0] = (byte)'X';
            PackageReader reader = new PackageReader(new RecordingSink());

            reader.Feed(package, 0, 1);
            reader.Feed(package, 1, package.Length - 1);
            reader.End();

            Assert.Equal("not an update package", reader.Error);
            Assert.Equal(1, reader.BytesRead);
        }

        [Fact]
        public void A_sink_that_throws_fails_the_package_and_the_exception_reaches_the_caller()
        {
            RecordingSink sink = new RecordingSink { FailWrite = new IOException("flash full") };
            PackageReader reader = new PackageReader(sink);
            byte[] package = Valid();

            IOException thrown = Assert.Throws<IOException>(() => reader.Feed(package, 0, package.Length));

            Assert.Equal("flash full", thrown.Message);
            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal(ChargePoint + ": flash full", reader.Error);
        }

        private static byte[] Valid()
        {
            string manifest = TestPackage.Manifest(new[] { ChargePoint, App }, new[] { ChargePointBytes, AppBytes });
            return TestPackage.Compose(manifest, ChargePointBytes, AppBytes);
        }

        private byte[] BuiltByTheTool()
        {
            string chargePoint = Path.Combine(_root, ChargePoint);
            string app = Path.Combine(_root, App);
            string output = Path.Combine(_root, "update.nevpkg");
            File.WriteAllBytes(chargePoint, ChargePointBytes);
            File.WriteAllBytes(app, AppBytes);

            int exit = PackagerApp.Run(new[] { "--version", TestPackage.Version, "--target", TestPackage.Target, "--min-loader", "2",
                "--out", output, chargePoint, app }, TextWriter.Null);

            Assert.Equal(PackagerApp.ExitOk, exit);
            return File.ReadAllBytes(output);
        }

        private static int IndexOf(byte[] data, byte[] pattern)
        {
            return data.AsSpan().IndexOf(pattern);
        }
    }
}
