using System.IO;
using System.Linq;
using System.Text;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>How the simulated flash loses power: the power-cut tests are only as good as this model.</summary>
    public class SimulatedFlashTests
    {
        private static readonly byte[] Data = Encoding.ASCII.GetBytes("0123456789");

        [Fact]
        public void Operations_before_the_cut_complete()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 2 };
            flash.Write("a", Data, 10);
            flash.Append("a", Data, 2);

            Assert.Throws<IOException>(() => flash.Delete("a"));
            Assert.Equal("012345678901", Text(flash.Peek("a")));
        }

        [Theory]
        [InlineData(0, "")]
        [InlineData(1, "0")]
        [InlineData(5, "01234")]
        [InlineData(9, "012345678")]
        [InlineData(10, "0123456789")]
        [InlineData(99, "0123456789")]
        public void A_cut_write_leaves_the_torn_prefix_in_place_of_the_old_file(int torn, string left)
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 0, TornBytes = torn };
            flash.Put("a", Encoding.ASCII.GetBytes("old content"));

            Assert.Throws<IOException>(() => flash.Write("a", Data, 10));
            Assert.Equal(left, Text(flash.Peek("a")));
            Assert.Equal(left.Length, flash.BytesWritten);
        }

        [Fact]
        public void A_cut_append_keeps_the_old_bytes_and_adds_the_torn_ones()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 0, TornBytes = 3 };
            flash.Put("log", Encoding.ASCII.GetBytes("abc"));

            Assert.Throws<IOException>(() => flash.Append("log", Data, 10));
            Assert.Equal("abc012", Text(flash.Peek("log")));
        }

        [Fact]
        public void A_cut_rename_leaves_both_names_as_they_were()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 0, TornBytes = 5 };
            flash.Put("a.new", Data);

            Assert.Throws<IOException>(() => flash.Rename("a.new", "a"));
            Assert.Equal(Data, flash.Peek("a.new"));
            Assert.Null(flash.Peek("a"));
        }

        [Fact]
        public void A_cut_delete_leaves_the_file()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 0 };
            flash.Put("a", Data);

            Assert.Throws<IOException>(() => flash.Delete("a"));
            Assert.Equal(Data, flash.Peek("a"));
        }

        [Fact]
        public void Everything_fails_after_the_cut_and_nothing_changes()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 0 };
            flash.Put("a", Data);
            Assert.Throws<IOException>(() => flash.Delete("b"));

            Assert.True(flash.PoweredOff);
            Assert.Throws<IOException>(() => flash.Read("a"));
            Assert.Throws<IOException>(() => flash.List());
            Assert.Throws<IOException>(() => flash.Write("a", Data, 10));
            Assert.Throws<IOException>(() => flash.Append("a", Data, 10));
            Assert.Throws<IOException>(() => flash.Rename("a", "c"));
            Assert.Throws<IOException>(() => flash.Delete("a"));
            Assert.Equal(new[] { "a" }, flash.Names.ToArray());
            Assert.Equal(Data, flash.Peek("a"));
        }

        [Fact]
        public void Power_on_is_a_fresh_boot_with_the_files_kept()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 1, TornBytes = 4 };
            flash.Write("a", Data, 10);
            Assert.Throws<IOException>(() => flash.Write("b", Data, 10));

            flash.PowerOn();

            Assert.False(flash.PoweredOff);
            Assert.Null(flash.CutAt);
            Assert.Equal(0, flash.Operations);
            Assert.Equal("0123456789", Text(flash.Read("a")));
            Assert.Equal("0123", Text(flash.Read("b")));
            flash.Write("c", Data, 10);
            flash.Rename("c", "d");
            Assert.Equal(new[] { "a", "b", "d" }, flash.List().OrderBy(n => n).ToArray());
        }

        [Fact]
        public void Counters_count_mutating_operations_and_landed_bytes()
        {
            SimulatedFlash flash = new SimulatedFlash();
            flash.Write("a", Data, 10);
            flash.Append("a", Data, 4);
            flash.Read("a");
            flash.List();
            flash.Rename("a", "b");
            flash.Delete("b");

            Assert.Equal(4, flash.Operations);
            Assert.Equal(14, flash.BytesWritten);

            flash.ResetCounters();
            Assert.Equal(0, flash.Operations);
            Assert.Equal(0, flash.BytesWritten);
        }

        [Fact]
        public void Reads_are_not_cut_points()
        {
            SimulatedFlash flash = new SimulatedFlash { CutAt = 0 };
            flash.Put("a", Data);
            flash.Read("a");
            flash.List();

            Assert.False(flash.PoweredOff);
            Assert.Throws<IOException>(() => flash.Delete("a"));
        }

        private static string Text(byte[] data) => data == null ? null : Encoding.ASCII.GetString(data);
    }
}
