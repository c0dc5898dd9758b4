using System.Collections.Generic;
using System.Linq;

namespace NanoEvse.Tooling.Partitions
{
    /// <summary>The layout rules of ESP-IDF partition tables plus what nanoCLR needs (a deploy and a config partition).</summary>
    public static class PartitionTableValidator
    {
        public const uint FourMegabytes = 4 * 1024 * 1024;

        public static IReadOnlyList<string> Validate(PartitionTable table, uint flashSize)
        {
            var problems = new List<string>();
            IReadOnlyList<Partition> partitions = table.Partitions;
            if (partitions.Count == 0)
            {
                problems.Add("the table has no partitions");
                return problems;
            }

            if (partitions.Count > PartitionTable.MaxEntries)
            {
                problems.Add($"the table has {partitions.Count} partitions; ESP-IDF allows at most {PartitionTable.MaxEntries}");
            }

            var names = new HashSet<string>();
            foreach (Partition p in partitions)
            {
                string at = $"line {p.Line}: partition '{p.Name}'";
                if (p.Name.Length == 0)
                {
                    problems.Add($"line {p.Line}: a partition has no name");
                }
                else if (p.Name.Length > PartitionTable.MaxNameLength)
                {
                    problems.Add($"{at}: name is {p.Name.Length} characters; at most {PartitionTable.MaxNameLength} are allowed");
                }

                if (p.Name.Length > 0 && !names.Add(p.Name))
                {
                    problems.Add($"{at}: name is used more than once");
                }

                if (p.Offset < PartitionTable.TableOffset + PartitionTable.TableLength)
                {
                    problems.Add($"{at}: offset 0x{p.Offset:X} is inside the bootloader or the partition table (partitions start at 0x{PartitionTable.TableOffset + PartitionTable.TableLength:X} or later)");
                }

                if (p.Offset % PartitionTable.DataAlignment != 0)
                {
                    problems.Add($"{at}: offset 0x{p.Offset:X} is not aligned to 4 KiB (0x{PartitionTable.DataAlignment:X})");
                }

                if (p.IsApp && p.Offset % PartitionTable.AppAlignment != 0)
                {
                    problems.Add($"{at}: app partitions must be aligned to 64 KiB (0x{PartitionTable.AppAlignment:X}); offset is 0x{p.Offset:X}");
                }

                if (p.Size == 0)
                {
                    problems.Add($"{at}: size is zero");
                }
                else if (p.Size % PartitionTable.DataAlignment != 0)
                {
                    problems.Add($"{at}: size 0x{p.Size:X} is not a multiple of 4 KiB");
                }

                if (p.End > flashSize)
                {
                    problems.Add($"{at}: ends at 0x{p.End:X}, beyond the end of the {flashSize / (1024 * 1024)} MB flash (0x{flashSize:X})");
                }
            }

            List<Partition> byOffset = partitions.OrderBy(p => p.Offset).ToList();
            for (int i = 1; i < byOffset.Count; i++)
            {
                Partition before = byOffset[i - 1];
                Partition after = byOffset[i];
                if (after.Offset < before.End)
                {
                    problems.Add($"line {after.Line}: partition '{after.Name}' at 0x{after.Offset:X} overlaps '{before.Name}' (0x{before.Offset:X}..0x{before.End:X})");
                }
            }

            if (!partitions.Any(p => p.IsApp))
            {
                problems.Add("there is no app partition for the nanoCLR firmware");
            }

            int deployCount = partitions.Count(p => p.Type == PartitionTypes.Data && p.SubType == PartitionTypes.DataDeployment);
            if (deployCount == 0)
            {
                problems.Add("there is no deploy partition (type data, subtype 0x84); nanoCLR finds the managed application through it");
            }
            else if (deployCount > 1)
            {
                problems.Add("there is more than one data partition of subtype 0x84; nanoCLR uses only the first");
            }

            if (table.Config == null)
            {
                problems.Add($"there is no '{PartitionTable.ConfigName}' partition of type data, subtype littlefs; nanoCLR mounts it as drive I:");
            }

            return problems;
        }
    }
}
