using System.Collections.Generic;
using System.IO;
using NanoEvse.Tooling;
using NanoEvse.Tooling.Partitions;
using Xunit;

namespace NanoEvse.Tests.Project
{
    public class PartitionTableTests
    {
        private const uint FourMb = PartitionTableValidator.FourMegabytes;

        private const string Header = "# Name, Type, SubType, Offset, Size, Flags\n";

        private const string ValidTable = Header +
            "nvs,      data, nvs,      0x9000,   0x6000,\n" +
            "phy_init, data, phy,      0xf000,   0x1000,\n" +
            "factory,  app,  factory,  0x10000,  0x1D0000,\n" +
            "deploy,   data, 0x84,     0x1E0000, 0x1C0000,\n" +
            "config,   data, littlefs, 0x3C0000, 0x40000,\n";

        private static PartitionTable RepoTable => PartitionTable.Load(Path.Combine(RepoPaths.FolderHolding("partitions.csv"), "partitions.csv"));

        [Fact]
        public void RepositoryTableIsValid()
        {
            IReadOnlyList<string> problems = RepoTable.Validate(FourMb);

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void RepositoryTableIsTheCurrentNanoClrLayout()
        {
            PartitionTable table = RepoTable;

            Assert.Equal(0x1E0000u, table.Deploy.Offset);
            Assert.Equal(0x1C0000u, table.Deploy.Size);
            Assert.Equal(0x3C0000u, table.Config.Offset);
            Assert.Equal(0x40000u, table.Config.Size);
            Assert.Equal(0x10000u, table.Find("factory").Offset);
        }

        [Fact]
        public void NanoffArgumentsUseTheDeployAddressFromTheTable()
        {
            IReadOnlyList<string> arguments = DeployCommand.NanoffArguments(RepoTable, "ESP32_REV0", "/dev/ttyUSB0", "app.bin");

            Assert.Equal(
                new[] { "--target", "ESP32_REV0", "--serialport", "/dev/ttyUSB0", "--deploy", "--image", "app.bin", "--address", "0x1E0000" },
                arguments);
        }

        [Fact]
        public void ParsesNamesNumbersSuffixesAndAutomaticOffsets()
        {
            PartitionTable table = PartitionTable.Parse(Header +
                "nvs,     data, nvs,      ,        24K\n" +
                "factory, app,  factory,  ,        1M,\n" +
                "deploy,  data, 132,      ,        0x1C0000\n" +
                "config,  data, littlefs, ,        256K, readonly\n");

            Assert.Equal(0x9000u, table.Find("nvs").Offset);
            Assert.Equal(0x10000u, table.Find("factory").Offset);
            Assert.Equal(0x100000u, table.Find("factory").Size);
            Assert.Equal(0x110000u, table.Deploy.Offset);
            Assert.Equal(PartitionTypes.DataDeployment, table.Deploy.SubType);
            Assert.Equal("readonly", table.Config.Flags);
            Assert.Empty(table.Validate(FourMb));
        }

        [Theory]
        [InlineData("overlap", "deploy,   data, 0x84,     0x1D0000, 0x1C0000,", "overlaps 'factory'")]
        [InlineData("inside the partition table", "nvs,      data, nvs,      0x8000,   0x6000,", "inside the bootloader or the partition table")]
        [InlineData("unaligned data partition", "phy_init, data, phy,      0xf800,   0x800,", "not aligned to 4 KiB")]
        [InlineData("unaligned app partition", "factory,  app,  factory,  0x11000,  0x1C0000,", "aligned to 64 KiB")]
        [InlineData("past the end of flash", "config,   data, littlefs, 0x3C0000, 0x50000,", "beyond the end of the 4 MB flash")]
        [InlineData("name too long", "phy_init_calibration_data, data, phy, 0xf000, 0x1000,", "at most 16 are allowed")]
        public void BrokenRowIsRejected(string what, string replacementRow, string expectedMessage)
        {
            IReadOnlyList<string> problems = PartitionTable.Parse(ReplaceRow(ValidTable, replacementRow)).Validate(FourMb);

            Assert.True(problems.Count > 0, what + " was accepted");
            Assert.Contains(problems, p => p.Contains(expectedMessage));
        }

        [Fact]
        public void DuplicateNamesAreRejected()
        {
            IReadOnlyList<string> problems = PartitionTable.Parse(ValidTable + "nvs, data, nvs, 0x3B0000, 0x1000,\n").Validate(FourMb);

            Assert.Contains(problems, p => p.Contains("'nvs'") && p.Contains("more than once"));
        }

        [Fact]
        public void TableWithoutDeployPartitionIsRejected()
        {
            string table = ValidTable.Replace("deploy,   data, 0x84,", "deploy,   data, spiffs,");

            Assert.Contains(PartitionTable.Parse(table).Validate(FourMb), p => p.Contains("no deploy partition (type data, subtype 0x84)"));
        }

        [Fact]
        public void TableWithoutLittleFsConfigPartitionIsRejected()
        {
            string table = ValidTable.Replace("config,   data, littlefs,", "config,   data, fat,");

            Assert.Contains(PartitionTable.Parse(table).Validate(FourMb), p => p.Contains("no 'config' partition of type data, subtype littlefs"));
        }

        [Theory]
        [InlineData("nvs, data, nvs, 0x9000\n", "expected 'Name, Type, SubType, Offset, Size[, Flags]'")]
        [InlineData("nvs, rom, nvs, 0x9000, 0x6000\n", "unknown type 'rom'")]
        [InlineData("nvs, data, bogus, 0x9000, 0x6000\n", "unknown subtype 'bogus'")]
        [InlineData("nvs, data, nvs, 0x9000, lots\n", "size 'lots' is not a number")]
        public void UnreadableRowIsRejectedWithItsLine(string row, string expectedMessage)
        {
            var error = Assert.Throws<PartitionTableException>(() => PartitionTable.Parse(Header + row));

            Assert.Equal(2, error.Line);
            Assert.Contains(expectedMessage, error.Message);
        }

        /// <summary>Replaces the row of the valid table that has the same partition name as the new row.</summary>
        private static string ReplaceRow(string table, string newRow)
        {
            string name = newRow.Substring(0, newRow.IndexOf(','));
            var lines = new List<string>();
            bool replaced = false;
            foreach (string line in table.Split('\n'))
            {
                bool sameName = line.StartsWith(name + ",") || line.StartsWith(name + " ");
                lines.Add(sameName ? newRow : line);
                replaced |= sameName;
            }

            if (!replaced)
            {
                // A row under a new name replaces the row at the same position (matched by type and subtype).
                string[] parts = newRow.Split(',');
                for (int i = 0; i < lines.Count; i++)
                {
                    string[] old = lines[i].Split(',');
                    if (old.Length > 3 && old[1].Trim() == parts[1].Trim() && old[2].Trim() == parts[2].Trim())
                    {
                        lines[i] = newRow;
                        break;
                    }
                }
            }

            return string.Join("\n", lines);
        }
    }
}
