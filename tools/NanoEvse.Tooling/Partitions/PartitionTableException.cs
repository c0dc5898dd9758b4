using System;

namespace NanoEvse.Tooling.Partitions
{
    /// <summary>A partition CSV row that cannot be read at all.</summary>
    public sealed class PartitionTableException : Exception
    {
        public PartitionTableException(int line, string message)
            : base($"line {line}: {message}")
        {
            Line = line;
        }

        public int Line { get; }
    }
}
