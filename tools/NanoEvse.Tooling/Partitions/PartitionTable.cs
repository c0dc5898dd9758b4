using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NanoEvse.Tooling.Partitions
{
    /// <summary>
    /// An ESP-IDF partition table CSV (Name, Type, SubType, Offset, Size[, Flags]). partitions.csv at the repository
    /// root is the single source of the flash layout: tools read the deploy address and the config size from it.
    /// </summary>
    public sealed class PartitionTable
    {
        /// <summary>Where the bootloader expects the partition table, and how long it is.</summary>
        public const uint TableOffset = 0x8000;
        public const uint TableLength = 0xC00;

        /// <summary>The ESP-IDF tool places the first auto-offset partition one 4 KiB sector after the table.</summary>
        public const uint FirstAutoOffset = 0x9000;

        public const uint DataAlignment = 0x1000;
        public const uint AppAlignment = 0x10000;
        public const int MaxEntries = 95;
        public const int MaxNameLength = 16;

        /// <summary>The name nanoCLR gives the LittleFS partition it mounts as drive I:.</summary>
        public const string ConfigName = "config";

        private PartitionTable(IReadOnlyList<Partition> partitions)
        {
            Partitions = partitions;
        }

        public IReadOnlyList<Partition> Partitions { get; }

        /// <summary>The managed application area (data, subtype 0x84): nanoff --deploy writes the app image here.</summary>
        public Partition Deploy => Partitions.FirstOrDefault(p => p.Type == PartitionTypes.Data && p.SubType == PartitionTypes.DataDeployment);

        /// <summary>The LittleFS partition (drive I:) holding device configuration and the firmware's files.</summary>
        public Partition Config => Partitions.FirstOrDefault(p =>
            p.Type == PartitionTypes.Data && p.SubType == PartitionTypes.DataLittleFs && p.Name == ConfigName);

        public Partition Find(string name)
        {
            return Partitions.FirstOrDefault(p => p.Name == name);
        }

        public static PartitionTable Load(string path)
        {
            return Parse(File.ReadAllText(path));
        }

        /// <summary>Parses the CSV; a row that cannot be read throws <see cref="PartitionTableException"/>.</summary>
        public static PartitionTable Parse(string csv)
        {
            var partitions = new List<Partition>();
            string[] lines = csv.Replace("\r\n", "\n").Split('\n');
            ulong nextOffset = FirstAutoOffset;
            for (int i = 0; i < lines.Length; i++)
            {
                int lineNumber = i + 1;
                string line = lines[i];
                int comment = line.IndexOf('#');
                if (comment >= 0)
                {
                    line = line.Substring(0, comment);
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                List<string> fields = line.Split(',').Select(f => f.Trim()).ToList();
                while (fields.Count > 5 && fields[fields.Count - 1].Length == 0)
                {
                    fields.RemoveAt(fields.Count - 1);
                }

                if (fields.Count < 5 || fields.Count > 6)
                {
                    throw new PartitionTableException(lineNumber, $"expected 'Name, Type, SubType, Offset, Size[, Flags]', found {fields.Count} fields");
                }

                Partition partition = ParseRow(fields, lineNumber, nextOffset);
                partitions.Add(partition);
                nextOffset = partition.End;
            }

            return new PartitionTable(partitions);
        }

        private static Partition ParseRow(List<string> fields, int line, ulong nextOffset)
        {
            string name = fields[0];
            if (!PartitionTypes.TryParseType(fields[1], out byte type))
            {
                throw new PartitionTableException(line, $"partition '{name}': unknown type '{fields[1]}' (app, data or a number)");
            }

            if (!PartitionTypes.TryParseSubType(type, fields[2], out byte subType))
            {
                throw new PartitionTableException(line, $"partition '{name}': unknown subtype '{fields[2]}' for type {PartitionTypes.TypeName(type)}");
            }

            uint offset;
            if (fields[3].Length == 0)
            {
                // An empty offset means "right after the previous partition", rounded up to this type's alignment.
                uint alignment = type == PartitionTypes.App ? AppAlignment : DataAlignment;
                ulong aligned = (nextOffset + alignment - 1) / alignment * alignment;
                if (aligned > uint.MaxValue)
                {
                    throw new PartitionTableException(line, $"partition '{name}': automatic offset is beyond 4 GiB");
                }

                offset = (uint)aligned;
            }
            else if (!NumberParser.TryParseSize(fields[3], out offset))
            {
                throw new PartitionTableException(line, $"partition '{name}': offset '{fields[3]}' is not a number");
            }

            if (!NumberParser.TryParseSize(fields[4], out uint size))
            {
                throw new PartitionTableException(line, $"partition '{name}': size '{fields[4]}' is not a number");
            }

            string flags = fields.Count > 5 ? fields[5] : string.Empty;
            return new Partition(name, type, subType, offset, size, flags, line);
        }

        /// <summary>Everything that would make the bootloader, nanoCLR or nanoff misread the table; empty when valid.</summary>
        public IReadOnlyList<string> Validate(uint flashSize)
        {
            return PartitionTableValidator.Validate(this, flashSize);
        }
    }
}
