using System;
using System.IO;
using System.Linq;
using System.Text;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>
    /// The <see cref="IFileStore"/> contract DocumentStore relies on, run against every host implementation so the
    /// simulated flash behaves like a real file system wherever no power cut is armed.
    /// </summary>
    public abstract class FileStoreContractTests
    {
        protected abstract IFileStore Store { get; }

        [Fact]
        public void A_missing_file_reads_as_null()
        {
            Assert.Null(Store.Read("config.dat"));
        }

        [Fact]
        public void Write_stores_only_the_counted_bytes()
        {
            Store.Write("a", Bytes("abcdef"), 3);

            Assert.Equal("abc", Text(Store.Read("a")));
        }

        [Fact]
        public void Write_replaces_a_longer_file_entirely()
        {
            Store.Write("a", Bytes("a long first version"), 20);
            Store.Write("a", Bytes("short"), 5);

            Assert.Equal("short", Text(Store.Read("a")));
        }

        [Fact]
        public void An_empty_write_leaves_an_empty_file()
        {
            Store.Write("a", new byte[0], 0);

            Assert.Equal(new byte[0], Store.Read("a"));
            Assert.Contains("a", Store.List());
        }

        [Fact]
        public void Append_creates_a_missing_file_and_adds_to_an_existing_one()
        {
            Store.Append("log", Bytes("one;xx"), 4);
            Store.Append("log", Bytes("two;"), 4);

            Assert.Equal("one;two;", Text(Store.Read("log")));
        }

        [Fact]
        public void Rename_moves_the_content_to_the_new_name()
        {
            Store.Write("a.new", Bytes("v2"), 2);
            Store.Rename("a.new", "a");

            Assert.Equal("v2", Text(Store.Read("a")));
            Assert.Null(Store.Read("a.new"));
        }

        [Fact]
        public void Rename_refuses_an_existing_target_and_keeps_both_files()
        {
            Store.Write("a", Bytes("old"), 3);
            Store.Write("a.new", Bytes("new"), 3);

            Assert.ThrowsAny<IOException>(() => Store.Rename("a.new", "a"));
            Assert.Equal("old", Text(Store.Read("a")));
            Assert.Equal("new", Text(Store.Read("a.new")));
        }

        [Fact]
        public void Rename_of_a_missing_file_fails()
        {
            Assert.ThrowsAny<IOException>(() => Store.Rename("nothing", "a"));
            Assert.Null(Store.Read("a"));
        }

        [Fact]
        public void Delete_removes_the_file_and_a_missing_file_is_no_error()
        {
            Store.Write("a", Bytes("x"), 1);
            Store.Delete("a");
            Store.Delete("a");

            Assert.Null(Store.Read("a"));
            Assert.DoesNotContain("a", Store.List());
        }

        [Fact]
        public void List_names_every_file()
        {
            Store.Write("config.dat", Bytes("x"), 1);
            Store.Write("security.dat", Bytes("y"), 1);
            Store.Append("device.dat", Bytes("z"), 1);

            Assert.Equal(new[] { "config.dat", "device.dat", "security.dat" }, Store.List().OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void The_caller_may_reuse_its_buffer_and_the_returned_bytes()
        {
            byte[] buffer = Bytes("first");
            Store.Write("a", buffer, 5);
            buffer[0] = (byte)'X';
            Store.Read("a")[1] = (byte)'Y';

            Assert.Equal("first", Text(Store.Read("a")));
        }

        private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

        private static string Text(byte[] data) => Encoding.UTF8.GetString(data);
    }

    public sealed class SimulatedFlashContractTests : FileStoreContractTests
    {
        protected override IFileStore Store { get; } = new SimulatedFlash();
    }

    public sealed class DirectoryFileStoreContractTests : FileStoreContractTests, IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "nanoevse-store-" + Guid.NewGuid().ToString("N"));

        public DirectoryFileStoreContractTests()
        {
            Store = new DirectoryFileStore(_directory);
        }

        protected override IFileStore Store { get; }

        [Fact]
        public void Files_survive_a_new_store_over_the_same_directory()
        {
            Store.Write("config.dat", new byte[] { 1, 2, 3 }, 3);

            Assert.Equal(new byte[] { 1, 2, 3 }, new DirectoryFileStore(_directory).Read("config.dat"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("..")]
        [InlineData("../escape")]
        [InlineData("sub/file")]
        public void A_name_that_is_not_a_plain_file_name_is_refused(string name)
        {
            Assert.Throws<ArgumentException>(() => Store.Write(name, new byte[1], 1));
        }

        public void Dispose()
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
