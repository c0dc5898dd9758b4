using System;
using System.Globalization;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>Durations as scripts write them (<c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h</c>; a bare number is seconds) and as the emulator prints them.</summary>
    public static class DurationText
    {
        /// <summary>The duration in milliseconds, or -1 when <paramref name="text"/> is not a positive duration.</summary>
        public static long Parse(string text)
        {
            string number = text;
            double unitMs = 1000;
            if (text.EndsWith("ms", StringComparison.Ordinal))
            {
                number = text.Substring(0, text.Length - 2);
                unitMs = 1;
            }
            else if (text.EndsWith("s", StringComparison.Ordinal))
            {
                number = text.Substring(0, text.Length - 1);
            }
            else if (text.EndsWith("m", StringComparison.Ordinal))
            {
                number = text.Substring(0, text.Length - 1);
                unitMs = 60_000;
            }
            else if (text.EndsWith("h", StringComparison.Ordinal))
            {
                number = text.Substring(0, text.Length - 1);
                unitMs = 3_600_000;
            }

            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
            {
                return -1;
            }

            double ms = Math.Round(value * unitMs);
            return ms >= 1 && ms <= TimeSpan.FromDays(7).TotalMilliseconds ? (long)ms : -1;
        }

        /// <summary>E.g. "1h 02m 05s", "5m 00s", "12.3 s".</summary>
        public static string Format(long ms)
        {
            TimeSpan span = TimeSpan.FromMilliseconds(ms);
            if (span.TotalHours >= 1)
            {
                return ((int)span.TotalHours) + "h " + span.Minutes.ToString("00", CultureInfo.InvariantCulture) + "m " +
                    span.Seconds.ToString("00", CultureInfo.InvariantCulture) + "s";
            }

            if (span.TotalMinutes >= 1)
            {
                return span.Minutes + "m " + span.Seconds.ToString("00", CultureInfo.InvariantCulture) + "s";
            }

            return span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        }
    }
}
