using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NanoEvse.Packager;
using Xunit;

namespace NanoEvse.Tests.Packager
{
    /// <summary>
    /// nanoevse-package writes the wire format byte for byte, shows a package as the charger judges it, and refuses bad
    /// input with exit code 2 and its reason, writing nothing.
    /// </summary>
    public sealed class PackagerToolTests : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("nanoevse-package-").FullName;
        private readonly byte[] _chargePoint = RandomBytes(5000, 11);
        private readonly byte[] _app = RandomBytes(77, 12);

        public PackagerToolTests()
        {
            File.WriteAllBytes(Path.Combine(_root, "NanoEvse.ChargePoint.pe"), _chargePoint);
            File.WriteAllBytes(Path.Combine(_root, "NanoEvse.App.pe"), _app);
        }

        private string Out => Path.Combine(_root, "update.nevpkg");

        private string ChargePointPe => Path.Combine(_root, "NanoEvse.ChargePoint.pe");

        private string AppPe => Path.Combine(_root, "NanoEvse.App.pe");

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Fact]
        public void The_package_is_magic_length_manifest_files_in_order_and_a_SHA_256_of_all_before_it()
        {
            (int exit, _) = Run("--version", "1.2.0", "--target", "nanoEVSE-AC1", "--out", Out, ChargePointPe, AppPe);

            Assert.Equal(PackagerApp.ExitOk, exit);
            byte[] package = File.ReadAllBytes(Out);
            Assert.Equal("NEVSEPKG", Encoding.ASCII.GetString(package, 0, 8));
            int length = (int)BitConverter.ToUInt32(package, 8);
            using JsonDocument manifest = JsonDocument.Parse(package.AsMemory(12, length));
            JsonElement root = manifest.RootElement;
            Assert.Equal(1, root.GetProperty("format").GetInt32());
            Assert.Equal("1.2.0", root.GetProperty("version").GetString());
            Assert.Equal("nanoEVSE-AC1", root.GetProperty("target").GetString());
            Assert.Equal(1, root.GetProperty("minLoader").GetInt32());
            JsonElement files = root.GetProperty("files");
            Assert.Equal(2, files.GetArrayLength());
            Assert.Equal("NanoEvse.ChargePoint.pe", files[0].GetProperty("name").GetString());
            Assert.Equal(_chargePoint.Length, files[0].GetProperty("size").GetInt32());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(_chargePoint)), files[0].GetProperty("sha256").GetString());
            Assert.Equal("NanoEvse.App.pe", files[1].GetProperty("name").GetString());

            int filesStart = 12 + length;
            Assert.Equal(_chargePoint, package[filesStart..(filesStart + _chargePoint.Length)]);
            Assert.Equal(_app, package[(filesStart + _chargePoint.Length)..^32]);
            Assert.Equal(SHA256.HashData(package.AsSpan(0, package.Length - 32)), package[^32..]);
        }

        [Fact]
        public void Show_verifies_a_package_and_prints_its_manifest()
        {
            Run("--version", "2.0.1-rc1", "--target", "nanoEVSE-AC1", "--min-loader", "3", "--out", Out, AppPe, ChargePointPe);

            (int exit, string text) = Run("--show", Out);

            Assert.Equal(PackagerApp.ExitOk, exit);
            Assert.Contains(Out + ": a valid update package (" + new FileInfo(Out).Length + " bytes)", text);
            Assert.Contains("version    2.0.1-rc1", text);
            Assert.Contains("minLoader  3", text);
            Assert.Contains("files      2, " + (_app.Length + _chargePoint.Length) + " bytes", text);
            Assert.Contains("NanoEvse.App.pe".PadRight("NanoEvse.ChargePoint.pe".Length) + "  " + _app.Length.ToString().PadLeft(10) + "  " + Convert.ToHexStringLower(SHA256.HashData(_app)), text);
            Assert.True(text.IndexOf("NanoEvse.App.pe", StringComparison.Ordinal) < text.IndexOf("NanoEvse.ChargePoint.pe", StringComparison.Ordinal));
        }

        [Fact]
        public void Building_reports_the_package_verified_and_replaces_an_older_one()
        {
            File.WriteAllText(Out, "an older package");

            (int exit, string text) = Run("--version", "1.2.0", "--target", "nanoEVSE-AC1", "--out", Out, ChargePointPe);

            Assert.Equal(PackagerApp.ExitOk, exit);
            Assert.Contains("Wrote " + Out + " (" + new FileInfo(Out).Length + " bytes), verified as the charger will:", text);
            Assert.False(File.Exists(Out + ".tmp"));
            Assert.Equal(PackagerApp.ExitOk, Run("--show", Out).Exit);
        }

        [Fact]
        public void Show_fails_a_damaged_package_with_the_readers_reason_and_exit_code_1()
        {
            Run("--version", "1.2.0", "--target", "nanoEVSE-AC1", "--out", Out, ChargePointPe, AppPe);
            byte[] package = File.ReadAllBytes(Out);
            package[^40] ^= 0x04;
            File.WriteAllBytes(Out, package);

            (int exit, string text) = Run("--show", Out);

            Assert.Equal(PackagerApp.ExitFailed, exit);
            Assert.Contains(Out + " is not a valid package: NanoEvse.App.pe: SHA-256 mismatch (at byte " + (package.Length - 32) + ")", text);
        }

        [Theory]
        [InlineData("--target nanoEVSE-AC1 --out {out} {cp}", "--version is required")]
        [InlineData("--version 1.2.0 --out {out} {cp}", "--target is required")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 {cp}", "--out is required")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out}", "no files given: name the device build's .pe files")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out} {dir}/Missing.pe", "{dir}/Missing.pe: no such file")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out} {dir}/notes.txt", "{dir}/notes.txt is not a .pe file: a package holds the device build's .pe assemblies")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out} {dir}/Empty.pe", "{dir}/Empty.pe is empty")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out} {dir}", "{dir} is a directory, not a .pe file")]
        [InlineData("--version 123456789012345678901234567890123 --target nanoEVSE-AC1 --out {out} {cp}", "invalid manifest: version is longer than 32 characters")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out} {cp} {dir}/sub/nanoevse.chargepoint.pe", "invalid manifest: files[1].name nanoevse.chargepoint.pe names the same file as files[0]")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {dir} {cp}", "--out {dir} is a directory")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --min-loader 0 --out {out} {cp}", "--min-loader needs a whole number of at least 1")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --min-loader two --out {out} {cp}", "--min-loader needs a whole number of at least 1")]
        [InlineData("--version --target nanoEVSE-AC1 --out {out} {cp}", "--version needs a value, not the option --target")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 --out {out} --sign key {cp}", "unknown option --sign")]
        [InlineData("--version 1.2.0 --target nanoEVSE-AC1 {cp} --out", "--out needs a value")]
        [InlineData("--show {out} --version 1.2.0", "--show takes only the package to show")]
        [InlineData("--show {dir}/absent.nevpkg", "{dir}/absent.nevpkg: no such file")]
        public void Bad_input_exits_with_code_2_and_its_reason_and_writes_nothing(string line, string error)
        {
            File.WriteAllBytes(Path.Combine(_root, "notes.txt"), _app);
            File.WriteAllBytes(Path.Combine(_root, "Empty.pe"), Array.Empty<byte>());
            Directory.CreateDirectory(Path.Combine(_root, "sub"));
            File.WriteAllBytes(Path.Combine(_root, "sub", "nanoevse.chargepoint.pe"), _app);

            (int exit, string text) = Run(Expand(line).Split(' '));

            Assert.Equal(PackagerApp.ExitUsage, exit);
            Assert.Contains("nanoevse-package: " + Expand(error), text);
            Assert.False(File.Exists(Out));
            Assert.False(File.Exists(Out + ".tmp"));
        }

        [Fact]
        public void A_manifest_beyond_4096_bytes_is_refused_before_anything_is_written()
        {
            string[] args = new string[6 + 32];
            new[] { "--version", "1.2.0", "--target", "nanoEVSE-AC1", "--out", Out }.CopyTo(args, 0);
            for (int i = 0; i < 32; i++)
            {
                string path = Path.Combine(_root, "Assembly" + i + new string('x', 50 - i.ToString().Length) + ".pe");
                File.WriteAllBytes(path, _app);
                args[6 + i] = path;
            }

            (int exit, string text) = Run(args);

            Assert.Equal(PackagerApp.ExitUsage, exit);
            Assert.Matches("the manifest would take [0-9]+ bytes; a package allows 4096", text);
            Assert.False(File.Exists(Out));
        }

        [Fact]
        public void Help_prints_the_usage()
        {
            (int exit, string text) = Run("--help");

            Assert.Equal(PackagerApp.ExitOk, exit);
            Assert.StartsWith("usage: nanoevse-package --version VERSION", text);
        }

        private string Expand(string text) => text.Replace("{out}", Out).Replace("{cp}", ChargePointPe).Replace("{dir}", _root);

        private static (int Exit, string Text) Run(params string[] args)
        {
            StringWriter output = new StringWriter();
            int exit = PackagerApp.Run(args, output);
            return (exit, output.ToString());
        }

        private static byte[] RandomBytes(int length, int seed)
        {
            byte[] data = new byte[length];
            new Random(seed).NextBytes(data);
            return data;
        }
    }
}
