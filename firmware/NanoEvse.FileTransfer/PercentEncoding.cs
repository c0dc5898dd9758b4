using System.Text;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.FileTransfer
{
    /// <summary>%XX escapes of URLs (RFC 3986), decoded as UTF-8.</summary>
    internal static class PercentEncoding
    {
        /// <summary>The text of chars [start, end) with its escapes decoded; null when an escape is malformed.</summary>
        public static string Decode(char[] c, int start, int end)
        {
            byte[] bytes = new byte[end - start];
            int n = 0;
            for (int i = start; i < end; i++)
            {
                if (c[i] != '%')
                {
                    bytes[n++] = (byte)c[i];
                    continue;
                }

                int high = i + 2 < end ? HexDigit.Value(c[i + 1]) : -1;
                int low = high >= 0 ? HexDigit.Value(c[i + 2]) : -1;
                if (low < 0)
                {
                    return null;
                }

                bytes[n++] = (byte)(high * 16 + low);
                i += 2;
            }

            return n == 0 ? "" : Encoding.UTF8.GetString(bytes, 0, n);
        }

        /// <summary>
        /// <paramref name="text"/> with everything but RFC 3986's unreserved characters escaped, so a file name is
        /// one path segment.
        /// </summary>
        public static string Encode(string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            char[] chars = new char[bytes.Length * 3];
            int n = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                int b = bytes[i];
                if (IsUnreserved(b))
                {
                    chars[n++] = (char)b;
                    continue;
                }

                chars[n++] = '%';
                chars[n++] = HexDigit.Char(b >> 4);
                chars[n++] = HexDigit.Char(b & 15);
            }

            return new string(chars, 0, n);
        }

        private static bool IsUnreserved(int b)
        {
            return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || Ascii.IsDigit(b) || b == '-' || b == '.' || b == '_' || b == '~';
        }
    }
}
