using System.Text;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// Byte-level helpers for protocol lines. Lines stay bytes: nanoCLR keeps strings as UTF-8, so indexing one walks
    /// it from the start, and a string per line would cost heap for text that is mostly thrown away.
    /// </summary>
    internal static class Ascii
    {
        public static bool IsDigit(int c)
        {
            return c >= '0' && c <= '9';
        }

        public static int Lower(int c)
        {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }

        /// <summary>
        /// The decimal number that fills bytes [start, end) exactly, or -1 when they are not all digits or there are
        /// more than 18 (no length a charger handles comes near; it keeps the value inside a long).
        /// </summary>
        public static long Decimal(byte[] b, int start, int end)
        {
            if (end <= start || end - start > 18)
            {
                return -1;
            }

            long value = 0;
            for (int i = start; i < end; i++)
            {
                if (!IsDigit(b[i]))
                {
                    return -1;
                }

                value = value * 10 + (b[i] - '0');
            }

            return value;
        }

        /// <summary>Whether bytes [start, end) equal <paramref name="lowerName"/> (lower-case ASCII), ignoring case.</summary>
        public static bool EqualsIgnoreCase(byte[] b, int start, int end, byte[] lowerName)
        {
            if (end - start != lowerName.Length)
            {
                return false;
            }

            for (int i = 0; i < lowerName.Length; i++)
            {
                if (Lower(b[start + i]) != lowerName[i])
                {
                    return false;
                }
            }

            return true;
        }

        public static int SkipSpaces(byte[] b, int i, int end)
        {
            while (i < end && (b[i] == ' ' || b[i] == '\t'))
            {
                i++;
            }

            return i;
        }

        public static int TrimEnd(byte[] b, int start, int end)
        {
            while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t'))
            {
                end--;
            }

            return end;
        }

        /// <summary>Bytes [start, end) as text, cut to <paramref name="max"/> bytes (for error messages).</summary>
        public static string Text(byte[] b, int start, int end, int max)
        {
            start = SkipSpaces(b, start, end);
            end = TrimEnd(b, start, end);
            if (end - start > max)
            {
                end = start + max;
            }

            return end > start ? Encoding.UTF8.GetString(b, start, end - start) : "";
        }

        public static byte[] Bytes(string s)
        {
            return Encoding.UTF8.GetBytes(s);
        }
    }
}
