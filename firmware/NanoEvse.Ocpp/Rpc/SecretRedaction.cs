namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// Keeps the Basic-auth password out of the frame log: a frame that names AuthorizationKey is logged
    /// only up to its first "value" property, so the secret never reaches a log, whatever the key order.
    /// </summary>
    public static class SecretRedaction
    {
        public const string Marker = "(redacted)";
        private const string ValueProperty = "\"value\"";

        // Lower-case patterns as arrays: the search reads char[] only, since indexing a string walks its UTF-8 on the device.
        private static readonly char[] SecretKey = { 'a', 'u', 't', 'h', 'o', 'r', 'i', 'z', 'a', 't', 'i', 'o', 'n', 'k', 'e', 'y' };
        private static readonly char[] ValuePattern = { '"', 'v', 'a', 'l', 'u', 'e', '"' };

        public static string Redact(string frame)
        {
            return Redact(frame, frame.ToCharArray());
        }

        /// <summary>Redacts <paramref name="frame"/>, searching <paramref name="chars"/>, its characters, which the caller already has.</summary>
        public static string Redact(string frame, char[] chars)
        {
            if (IndexOfIgnoreCase(chars, frame.Length, SecretKey) < 0)
            {
                return frame;
            }

            int value = IndexOfIgnoreCase(chars, frame.Length, ValuePattern);
            return value < 0 ? Marker : frame.Substring(0, value) + ValueProperty + ":" + Marker;
        }

        private static int IndexOfIgnoreCase(char[] text, int length, char[] pattern)
        {
            int last = length - pattern.Length;
            for (int i = 0; i <= last; i++)
            {
                int j = 0;
                while (j < pattern.Length && Lower(text[i + j]) == pattern[j])
                {
                    j++;
                }

                if (j == pattern.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        private static char Lower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    }
}
