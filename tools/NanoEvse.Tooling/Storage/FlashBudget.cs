using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NanoEvse.Tooling.Storage
{
    /// <summary>
    /// Worst-case use of the LittleFS config partition (drive I:). Every item is rounded up to whole blocks,
    /// since LittleFS gives each file at least one; a document saved by replacement counts twice, because
    /// "name.new" is written in full before the old copy is deleted.
    /// </summary>
    public sealed class FlashBudget
    {
        /// <summary>One ESP32 flash erase sector, the block size esp_littlefs formats with.</summary>
        public const int BlockSize = 4096;

        private readonly List<FlashBudgetItem> _items = new List<FlashBudgetItem>();

        public IReadOnlyList<FlashBudgetItem> Items => _items;

        public int TotalBlocks => _items.Sum(i => i.Blocks);

        public long TotalBytes => (long)TotalBlocks * BlockSize;

        public static int BlocksFor(long bytes) => (int)((bytes + BlockSize - 1) / BlockSize);

        /// <summary>A document stored by write-new, delete-old, rename: room for two copies.</summary>
        public void AddDocument(string name, long bytes, string why)
        {
            _items.Add(new FlashBudgetItem(name + " (+ .new)", bytes, 2 * BlocksFor(bytes), why));
        }

        /// <summary>Space the firmware does not write but must leave free.</summary>
        public void AddReserve(string name, long bytes, string why)
        {
            _items.Add(new FlashBudgetItem(name, bytes, BlocksFor(bytes), why));
        }

        public void AddBlocks(string name, int blocks, string why)
        {
            _items.Add(new FlashBudgetItem(name, (long)blocks * BlockSize, blocks, why));
        }

        /// <summary>One line per item, then the total against <paramref name="partitionBytes"/>.</summary>
        public string Report(long partitionBytes)
        {
            CultureInfo invariant = CultureInfo.InvariantCulture;
            StringBuilder text = new StringBuilder();
            text.AppendLine(string.Format(invariant, "{0,-36} {1,9} {2,7} {3,8}  {4}", "item", "bytes", "blocks", "KiB", "basis"));
            foreach (FlashBudgetItem item in _items)
            {
                text.AppendLine(string.Format(invariant, "{0,-36} {1,9:N0} {2,7} {3,8:N0}  {4}",
                    item.Name, item.Bytes, item.Blocks, item.Blocks * BlockSize / 1024, item.Why));
            }

            int partitionBlocks = (int)(partitionBytes / BlockSize);
            text.AppendLine(string.Format(invariant, "{0,-36} {1,9} {2,7} {3,8:N0}", "total", string.Empty, TotalBlocks, TotalBytes / 1024));
            text.AppendLine(string.Format(invariant, "{0,-36} {1,9} {2,7} {3,8:N0}", "config partition", string.Empty, partitionBlocks, partitionBytes / 1024));
            text.AppendLine(string.Format(invariant, "{0,-36} {1,9} {2,7} {3,8:N0}", "left over", string.Empty,
                partitionBlocks - TotalBlocks, (partitionBytes - TotalBytes) / 1024));
            return text.ToString();
        }
    }
}
