// Declaration-only reference profile of nanoFramework.Hardware.Esp32 1.6.37 (only what the firmware needs).
namespace nanoFramework.Hardware.Esp32
{
    public class NativeMemory
    {
        public enum MemoryType
        {
            All,
            Internal,
            SpiRam,
        }

        public static void GetMemoryInfo(MemoryType memType, out uint totalSize, out uint totalFreeSize, out uint largestFreeBlock) => throw null;
    }
}
