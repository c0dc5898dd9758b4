namespace NanoEvse.Tooling.Partitions
{
    /// <summary>One row of an ESP-IDF partition table, with its offset resolved.</summary>
    public sealed class Partition
    {
        public Partition(string name, byte type, byte subType, uint offset, uint size, string flags, int line)
        {
            Name = name;
            Type = type;
            SubType = subType;
            Offset = offset;
            Size = size;
            Flags = flags;
            Line = line;
        }

        public string Name { get; }

        /// <summary>0x00 app, 0x01 data, 0x40-0xFE custom.</summary>
        public byte Type { get; }

        public byte SubType { get; }

        public uint Offset { get; }

        public uint Size { get; }

        /// <summary>"encrypted", "readonly" or empty.</summary>
        public string Flags { get; }

        /// <summary>1-based line in the CSV file.</summary>
        public int Line { get; }

        /// <summary>First byte after the partition (64-bit so that a bad row cannot wrap around).</summary>
        public ulong End => (ulong)Offset + Size;

        public bool IsApp => Type == PartitionTypes.App;

        public override string ToString()
        {
            return $"{Name} ({PartitionTypes.TypeName(Type)}/{PartitionTypes.SubTypeName(Type, SubType)}) 0x{Offset:X}..0x{End:X}";
        }
    }
}
