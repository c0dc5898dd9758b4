using System.Globalization;

namespace NanoEvse.Tooling.Partitions
{
    /// <summary>Numbers as ESP-IDF partition CSVs write them: decimal or 0x hex, with an optional K or M suffix.</summary>
    public static class NumberParser
    {
        public static bool TryParseSize(string text, out uint value)
        {
            value = 0;
            string trimmed = text.Trim();
            uint multiplier = 1;
            if (trimmed.EndsWith("K", System.StringComparison.OrdinalIgnoreCase))
            {
                multiplier = 1024;
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }
            else if (trimmed.EndsWith("M", System.StringComparison.OrdinalIgnoreCase))
            {
                multiplier = 1024 * 1024;
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }

            if (!TryParseNumber(trimmed, out ulong number) || number * multiplier > uint.MaxValue)
            {
                return false;
            }

            value = (uint)(number * multiplier);
            return true;
        }

        public static bool TryParseByte(string text, out byte value)
        {
            value = 0;
            if (!TryParseNumber(text.Trim(), out ulong number) || number > byte.MaxValue)
            {
                return false;
            }

            value = (byte)number;
            return true;
        }

        private static bool TryParseNumber(string text, out ulong value)
        {
            if (text.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase))
            {
                return ulong.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
            }

            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }
}
