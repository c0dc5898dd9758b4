using System;

namespace NanoEvse.Hal
{
    /// <summary>
    /// Facts about wall-clock values every clock and the core share: which times are plausible, and arithmetic that
    /// saturates instead of throwing, so no value a CSMS or an RTC gives can crash the charger.
    /// </summary>
    public static class WallClock
    {
        /// <summary>
        /// No real time is earlier than this firmware's build: an RTC that restarted after a power cut reads 1970 or
        /// 2000. Move it forward with releases; it only has to be before any real date the firmware will see.
        /// </summary>
        public static readonly DateTime EarliestPlausible = new DateTime(2025, 1, 1, 0, 0, 0);

        /// <summary>A charger in service is long gone by then; later values are typos or test dates (9999).</summary>
        public static readonly DateTime LatestPlausible = new DateTime(2100, 1, 1, 0, 0, 0);

        /// <summary>Whether <paramref name="utc"/> can be the real time now.</summary>
        public static bool IsPlausible(DateTime utc)
        {
            return utc.Ticks >= EarliestPlausible.Ticks && utc.Ticks < LatestPlausible.Ticks;
        }

        /// <summary><paramref name="utc"/> moved by <paramref name="ticks"/>, held within the range DateTime can hold.</summary>
        public static DateTime AddTicks(DateTime utc, long ticks)
        {
            long from = utc.Ticks;
            long min = DateTime.MinValue.Ticks;
            long max = DateTime.MaxValue.Ticks;
            long result;
            if (ticks >= 0)
            {
                result = ticks > max - from ? max : from + ticks;
            }
            else
            {
                result = ticks < min - from ? min : from + ticks;
            }

            return new DateTime(result, DateTimeKind.Utc);
        }
    }
}
