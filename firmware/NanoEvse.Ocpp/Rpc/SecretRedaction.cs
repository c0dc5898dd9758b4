namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// Keeps the Basic-auth password out of the frame log: a frame that names AuthorizationKey is logged
    /// only up to its first "value" property, so the secret never reaches a log, whatever the key order.
    /// </summary>
    public static class SecretRedaction
    {
        public const string Marker = "(redacted)";
        private const string SecretKey = "authorizationkey";
        private const string ValueProperty = "\"value\"";

        public static string Redact(string frame)
        {
            if (IndexOfIgnoreCase(frame, SecretKey) < 0)
            {
                return frame;
            }

            int value = IndexOfIgnoreCase(frame, ValueProperty);
            return value < 0 ? Marker : frame.Substring(0, value) + ValueProperty + ":" + Marker;
        }

        /// <summary>Finds an ASCII lower-case <paramref name="pattern"/> in <paramref name="text"/> without copying it.</summary>
        private static int IndexOfIgnoreCase(string text, string pattern)
        {
            int last = text.Length - pattern.Length;
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
