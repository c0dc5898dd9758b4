namespace NanoEvse.Tooling.Storage
{
    /// <summary>One line of a <see cref="FlashBudget"/>: what it is, its size, the blocks it takes and why.</summary>
    public sealed class FlashBudgetItem
    {
        public FlashBudgetItem(string name, long bytes, int blocks, string why)
        {
            Name = name;
            Bytes = bytes;
            Blocks = blocks;
            Why = why;
        }

        public string Name { get; }

        public long Bytes { get; }

        public int Blocks { get; }

        public string Why { get; }
    }
}
