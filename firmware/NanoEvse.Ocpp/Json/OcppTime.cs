using System;
using System.Text;

namespace NanoEvse.Ocpp.Json
{
    /// <summary>
    /// ISO 8601 timestamps as OCPP uses them. We always write UTC with milliseconds; we accept any
    /// fraction length and any UTC offset, as the spec asks receivers to.
    /// </summary>
    public static class OcppTime
    {
        private const long TicksPerMinute = 600000000;

        public static string Format(DateTime utc)
        {
            StringBuilder text = new StringBuilder(24);
            Append(text, utc);
            return text.ToString();
        }

        public static void Append(StringBuilder text, DateTime utc)
        {
            Digits(text, utc.Year, 4);
            text.Append('-');
            Digits(text, utc.Month, 2);
            text.Append('-');
            Digits(text, utc.Day, 2);
            text.Append('T');
            Digits(text, utc.Hour, 2);
            text.Append(':');
            Digits(text, utc.Minute, 2);
            text.Append(':');
            Digits(text, utc.Second, 2);
            text.Append('.');
            Digits(text, utc.Millisecond, 3);
            text.Append('Z');
        }

        /// <summary>Parses YYYY-MM-DDThh:mm:ss[.f+](Z|+hh:mm|-hh:mm) into UTC; false on anything else, including a time DateTime cannot hold.</summary>
        public static bool TryParse(string text, out DateTime utc)
        {
            utc = DateTime.MinValue;
            return text != null && TryParse(text.ToCharArray(), out utc);
        }

        // Reads a char[]: indexing a string walks its UTF-8 from the start on the device.
        private static bool TryParse(char[] text, out DateTime utc)
        {
            utc = DateTime.MinValue;
            if (text.Length < 20)
            {
                return false;
            }

            int year = Number(text, 0, 4);
            int month = Number(text, 5, 2);
            int day = Number(text, 8, 2);
            int hour = Number(text, 11, 2);
            int minute = Number(text, 14, 2);
            int second = Number(text, 17, 2);
            if (text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
            {
                return false;
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            {
                return false;
            }

            int pos = 19;
            long fractionTicks = 0;
            if (text[pos] == '.')
            {
                pos++;
                long scale = 1000000;
                int start = pos;
                while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9')
                {
                    fractionTicks += (text[pos] - '0') * scale;
                    scale /= 10;
                    pos++;
                }

                if (pos == start)
                {
                    return false;
                }
            }

            long offsetTicks;
            if (!TryOffset(text, pos, out offsetTicks))
            {
                return false;
            }

            if (year < DateTime.MinValue.Year || year > DateTime.MaxValue.Year)
            {
                return false;
            }

            // A valid text may still lie outside DateTime once its offset is applied (9999-12-31T23:59:59-01:00).
            DateTime local = new DateTime(year, month, day, hour, minute, second);
            long shift = fractionTicks - offsetTicks;
            if (shift > DateTime.MaxValue.Ticks - local.Ticks || shift < DateTime.MinValue.Ticks - local.Ticks)
            {
                return false;
            }

            utc = new DateTime(local.Ticks + shift, DateTimeKind.Utc);
            return true;
        }

        private static bool TryOffset(char[] text, int pos, out long offsetTicks)
        {
            offsetTicks = 0;
            if (pos == text.Length - 1 && (text[pos] == 'Z' || text[pos] == 'z'))
            {
                return true;
            }

            if (pos + 6 != text.Length || (text[pos] != '+' && text[pos] != '-') || text[pos + 3] != ':')
            {
                return false;
            }

            int hours = Number(text, pos + 1, 2);
            int minutes = Number(text, pos + 4, 2);
            if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            {
                return false;
            }

            offsetTicks = (hours * 60 + minutes) * TicksPerMinute;
            if (text[pos] == '-')
            {
                offsetTicks = -offsetTicks;
            }

            return true;
        }

        /// <summary>The unsigned base-10 number in text[start, start+length), or -1.</summary>
        private static int Number(char[] text, int start, int length)
        {
            if (start + length > text.Length)
            {
                return -1;
            }

            int value = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = value * 10 + (c - '0');
            }

            return value;
        }

        private static int DaysInMonth(int year, int month)
        {
            if (month == 2)
            {
                bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                return leap ? 29 : 28;
            }

            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        private static void Digits(StringBuilder text, int value, int width)
        {
            int divisor = 1;
            for (int i = 1; i < width; i++)
            {
                divisor *= 10;
            }

            while (divisor > 0)
            {
                text.Append((char)('0' + value / divisor % 10));
                divisor /= 10;
            }
        }
    }
}
