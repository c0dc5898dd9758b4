namespace NanoEvse.SmartCharging
{
    /// <summary>RecurrencyKindType: the wire names, indexed by the constants, and each one's cycle.</summary>
    public static class RecurrencyKind
    {
        public const int None = -1;
        public const int Daily = 0;
        public const int Weekly = 1;

        public static readonly string[] Names = new string[] { "Daily", "Weekly" };

        /// <summary>The length of one cycle of <paramref name="kind"/>, in seconds.</summary>
        public static long CycleSeconds(int kind)
        {
            return kind == Weekly ? 7 * 86400L : 86400L;
        }
    }
}
