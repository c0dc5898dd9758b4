namespace NanoEvse.Ocpp.Json
{
    /// <summary>Hex digits as JSON's \u escapes, URL percent-encoding and HTTP chunk sizes write them.</summary>
    public static class HexDigit
    {
        /// <summary>The value of <paramref name="c"/> as a hex digit (either case), or -1.</summary>
        public static int Value(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        /// <summary>The upper-case digit for <paramref name="value"/> (0 to 15).</summary>
        public static char Char(int value)
        {
            return (char)(value < 10 ? '0' + value : 'A' + value - 10);
        }
    }
}
