using System.Linq;
using System.Text;
using NanoEvse.UpdatePackage;
using Xunit;

namespace NanoEvse.Tests.UpdatePackage
{
    /// <summary>
    /// Every rule of the manifest, each broken alone: PackageManifest.Parse names the field, and a package carrying
    /// that manifest fails before any file reaches the sink.
    /// </summary>
    public class ManifestValidationTests
    {
        private const string Hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        private const string FileEntry = "{\"name\":\"NanoEvse.App.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}";
        private const string Head = "\"format\":1,\"version\":\"1.2.0\",\"target\":\"nanoEVSE-AC1\",\"minLoader\":1";

        [Theory]
        [InlineData("{\"format\":2,\"version\":\"1.2.0\",\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "format must be 1, not 2")]
        [InlineData("{\"format\":\"1\",\"version\":\"1.2.0\",\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "format must be an integer")]
        [InlineData("{\"version\":\"1.2.0\",\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "format is required")]
        [InlineData("{\"format\":1,\"version\":\"\",\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "version must not be empty")]
        [InlineData("{\"format\":1,\"version\":\"123456789012345678901234567890123\",\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "version is longer than 32 characters")]
        [InlineData("{\"format\":1,\"version\":1,\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "version must be a string")]
        [InlineData("{\"format\":1,\"target\":\"t\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "version is required")]
        [InlineData("{\"format\":1,\"version\":\"1.2.0\",\"target\":\"\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "target must not be empty")]
        [InlineData("{\"format\":1,\"version\":\"1.2.0\",\"minLoader\":1,\"files\":[" + FileEntry + "]}", "target is required")]
        [InlineData("{\"format\":1,\"version\":\"1.2.0\",\"target\":\"t\",\"minLoader\":0,\"files\":[" + FileEntry + "]}", "minLoader must be at least 1")]
        [InlineData("{\"format\":1,\"version\":\"1.2.0\",\"target\":\"t\",\"minLoader\":1.5,\"files\":[" + FileEntry + "]}", "minLoader must be an integer")]
        [InlineData("{\"format\":1,\"version\":\"1.2.0\",\"target\":\"t\",\"files\":[" + FileEntry + "]}", "minLoader is required")]
        [InlineData("{" + Head + "}", "files is required")]
        [InlineData("{" + Head + ",\"files\":[]}", "files must list at least one file")]
        [InlineData("{" + Head + ",\"files\":{}}", "files must be an array")]
        [InlineData("{" + Head + ",\"files\":[\"NanoEvse.App.pe\"]}", "files[0] must be an object")]
        [InlineData("{" + Head + ",\"version\":\"1.3.0\",\"files\":[" + FileEntry + "]}", "version appears twice")]
        [InlineData("[" + FileEntry + "]", "the manifest must be an object")]
        [InlineData("{" + Head + ",\"files\":[" + FileEntry + "]} {}", "text after the end of the message")]
        public void A_manifest_field_that_breaks_its_rule_is_named(string manifest, string error)
        {
            AssertRefused(manifest, error);
        }

        [Theory]
        [InlineData("{\"size\":3,\"sha256\":\"" + Hash + "\"}", "files[0].name is required")]
        [InlineData("{\"name\":\"bin/NanoEvse.App.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "files[0].name bin/NanoEvse.App.pe must be a plain file name")]
        [InlineData("{\"name\":\"bin\\\\NanoEvse.App.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "must be a plain file name")]
        [InlineData("{\"name\":\"I:NanoEvse.App.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "must be a plain file name")]
        [InlineData("{\"name\":\"App\\u0000.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "must be a plain file name")]
        [InlineData("{\"name\":\"..pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "files[0].name ..pe must not contain ..")]
        [InlineData("{\"name\":\"NanoEvse..App.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "must not contain ..")]
        [InlineData("{\"name\":\"NanoEvse.App.dll\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "files[0].name NanoEvse.App.dll must be a name ending in .pe")]
        [InlineData("{\"name\":\"NanoEvse.App.PE\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "must be a name ending in .pe")]
        [InlineData("{\"name\":\".pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "must be a name ending in .pe")]
        [InlineData("{\"name\":\"A2345678901234567890123456789012345678901234567890123456789012.pe\",\"size\":3,\"sha256\":\"" + Hash + "\"}", "files[0].name is longer than 64 characters")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"sha256\":\"" + Hash + "\"}", "files[0].size is required")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"size\":0,\"sha256\":\"" + Hash + "\"}", "files[0].size must be at least 1")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"size\":\"3\",\"sha256\":\"" + Hash + "\"}", "files[0].size must be an integer")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"size\":3}", "files[0].sha256 is required")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"size\":3,\"sha256\":\"" + Hash + "0\"}", "files[0].sha256 must be 64 hex digits")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"size\":3,\"sha256\":\"g" + "a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}", "files[0].sha256 must be 64 hex digits")]
        [InlineData("{\"name\":\"NanoEvse.App.pe\",\"size\":3,\"size\":4,\"sha256\":\"" + Hash + "\"}", "files[0].size appears twice")]
        public void A_file_entry_that_breaks_its_rule_is_named_with_its_index(string file, string error)
        {
            AssertRefused("{" + Head + ",\"files\":[" + file + "]}", error);
        }

        [Fact]
        public void Two_names_for_the_same_file_on_a_case_insensitive_volume_are_refused()
        {
            string second = FileEntry.Replace("NanoEvse.App.pe", "nanoevse.app.pe");

            AssertRefused("{" + Head + ",\"files\":[" + FileEntry + "," + second + "]}", "files[1].name nanoevse.app.pe names the same file as files[0]");
        }

        [Fact]
        public void At_most_32_files()
        {
            string files = string.Join(",", Enumerable.Range(0, 33).Select(i => FileEntry.Replace("NanoEvse.App.pe", "F" + i + ".pe")));

            AssertRefused("{" + Head + ",\"files\":[" + files + "]}", "files must list at most 32 files");
            string thirtyTwo = string.Join(",", Enumerable.Range(0, 32).Select(i => FileEntry.Replace("NanoEvse.App.pe", "F" + i + ".pe")));
            Assert.NotNull(Parse("{" + Head + ",\"files\":[" + thirtyTwo + "]}", out _));
        }

        [Fact]
        public void Bytes_that_are_not_UTF_8_are_refused()
        {
            byte[] manifest = Encoding.UTF8.GetBytes("{" + Head.Replace("nanoEVSE", "nano\u00e9") + ",\"files\":[" + FileEntry + "]}");
            int accented = System.Array.IndexOf(manifest, (byte)0xc3);
            manifest[accented] = 0xc0;

            Assert.Null(PackageManifest.Parse(manifest, 0, manifest.Length, out string error));
            Assert.Equal("the manifest is not valid UTF-8", error);
        }

        [Fact]
        public void Unknown_properties_are_ignored_and_a_hash_in_capitals_is_kept_in_lowercase()
        {
            string manifest = "{\"comment\":{\"by\":[\"ci\",1]}," + Head.Replace("nanoEVSE-AC1", "nano\u00e9VSE") + ",\"files\":["
                + FileEntry.Replace(Hash, Hash.ToUpperInvariant()).Replace("\"size\"", "\"signedBy\":null,\"size\"") + "]}";

            PackageManifest parsed = Parse(manifest, out string error);

            Assert.Null(error);
            Assert.Equal("nano\u00e9VSE", parsed.Target);
            Assert.Equal(Hash, parsed.Files[0].Sha256);
            Assert.Equal(3, parsed.TotalSize);
        }

        [Fact]
        public void Parse_reads_the_slice_it_is_given()
        {
            byte[] framed = Encoding.UTF8.GetBytes("xx{" + Head + ",\"files\":[" + FileEntry + "]}yy");

            PackageManifest parsed = PackageManifest.Parse(framed, 2, framed.Length - 4, out string error);

            Assert.Null(error);
            Assert.Equal("1.2.0", parsed.Version);
            Assert.Equal(1, parsed.MinLoader);
        }

        private static void AssertRefused(string manifest, string error)
        {
            Assert.Null(Parse(manifest, out string parseError));
            Assert.Contains(error, parseError);

            RecordingSink sink = new RecordingSink();
            PackageReader reader = TestPackage.Read(TestPackage.Compose(manifest, Encoding.ASCII.GetBytes("abc")), 0, sink);
            Assert.Equal(PackageState.Failed, reader.State);
            Assert.Equal("invalid manifest: " + parseError, reader.Error);
            Assert.Null(reader.Manifest);
            Assert.Empty(sink.Calls);
        }

        private static PackageManifest Parse(string manifest, out string error)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(manifest);
            return PackageManifest.Parse(bytes, 0, bytes.Length, out error);
        }
    }
}
