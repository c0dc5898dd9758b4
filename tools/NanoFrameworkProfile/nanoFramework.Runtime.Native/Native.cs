// Declaration-only reference profile of nanoFramework.Runtime.Native 1.7.11.
namespace nanoFramework.Runtime.Native
{
    public delegate void RebootEventHandler();

    public class Power
    {
        public static event RebootEventHandler OnRebootEvent { add => throw null; remove => throw null; }
        public static void RebootDevice() => throw null;
        public static void RebootDevice(int exeConstraintTimeout) => throw null;
    }

    public static class Rtc
    {
        public static bool SetSystemTime(System.DateTime time) => throw null;
    }

    public static class GC
    {
        public static uint Run(bool compactHeap) => throw null;
        public static void EnableGCMessages(bool enable) => throw null;
    }

    public static class SystemInfo
    {
        public static System.Version Version => throw null;
        public static string OEMString => throw null;
        public static byte OEM => throw null;
        public static byte Model => throw null;
        public static ushort SKU => throw null;
        public static string TargetName => throw null;
        public static string Platform => throw null;
        public static FloatingPoint FloatingPointSupport => throw null;

        public enum FloatingPoint
        {
            None = 0,
            SinglePrecisionSoftware = 1,
            SinglePrecisionHardware = 2,
            DoublePrecisionSoftware = 3,
            DoublePrecisionHardware = 4,
        }
    }
}

namespace System
{
    // The monotonic millisecond counter ships in this package, not in mscorlib.
    public static partial class Environment
    {
        public static long TickCount64 => throw null;
    }
}
