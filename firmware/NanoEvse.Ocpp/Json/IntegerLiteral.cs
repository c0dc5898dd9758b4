namespace NanoEvse.Ocpp.Json
{
    /// <summary>
    /// The value of a JSON number literal where an integer is expected. JSON Schema counts any number with a
    /// whole value as an integer (1.0, 10e-1, 1E+3), so OCPP does too. Worked out on the digits alone, because
    /// the device may have no double-precision arithmetic and a double would round large literals anyway.
    /// </summary>
    internal static class IntegerLiteral
    {
        public const int Whole = 0;
        public const int NotWhole = 1;
        public const int OutOfRange = 2;

        // Saturates the exponent far beyond any place an int has, so a huge one cannot overflow the arithmetic.
        private const long ExponentLimit = 1000000000L;

        /// <summary>
        /// Parses the syntactically valid number text[start, end), times 10^<paramref name="scale"/>, into
        /// <paramref name="value"/>; returns <see cref="Whole"/>, <see cref="NotWhole"/> or <see cref="OutOfRange"/>
        /// (beyond 32 bits). A scale of 1 reads a decimal with one fraction digit as tenths.
        /// </summary>
        public static int Parse(char[] text, int start, int end, int scale, out int value)
        {
            value = 0;
            bool negative = text[start] == '-';
            int first = negative ? start + 1 : start;
            int mantissaEnd = first;
            int point = -1;
            while (mantissaEnd < end && text[mantissaEnd] != 'e' && text[mantissaEnd] != 'E')
            {
                if (text[mantissaEnd] == '.')
                {
                    point = mantissaEnd;
                }

                mantissaEnd++;
            }

            if (point < 0)
            {
                point = mantissaEnd;
            }

            while (first < mantissaEnd && (text[first] == '0' || text[first] == '.'))
            {
                first++;
            }

            if (first == mantissaEnd)
            {
                return Whole;
            }

            int last = mantissaEnd - 1;
            while (text[last] == '0' || text[last] == '.')
            {
                last--;
            }

            long exponent = Exponent(text, mantissaEnd, end) + scale;
            if (Place(last, point) + exponent < 0)
            {
                return NotWhole;
            }

            if (Place(first, point) + exponent > 9)
            {
                return OutOfRange;
            }

            // At most ten significant places remain, so a long holds every step.
            long magnitude = 0;
            for (int i = first; i <= last; i++)
            {
                if (text[i] != '.')
                {
                    magnitude = magnitude * 10 + (text[i] - '0');
                }
            }

            for (long place = Place(last, point) + exponent; place > 0; place--)
            {
                magnitude *= 10;
            }

            if (magnitude > (negative ? 2147483648L : 2147483647L))
            {
                return OutOfRange;
            }

            value = (int)(negative ? -magnitude : magnitude);
            return Whole;
        }

        /// <summary>The power of ten of the digit at <paramref name="index"/>, before the exponent.</summary>
        private static long Place(int index, int point)
        {
            return index < point ? point - index - 1 : point - index;
        }

        private static long Exponent(char[] text, int marker, int end)
        {
            if (marker >= end)
            {
                return 0;
            }

            int pos = marker + 1;
            bool negative = text[pos] == '-';
            if (negative || text[pos] == '+')
            {
                pos++;
            }

            long exponent = 0;
            for (; pos < end; pos++)
            {
                if (exponent < ExponentLimit)
                {
                    exponent = exponent * 10 + (text[pos] - '0');
                }
            }

            return negative ? -exponent : exponent;
        }
    }
}
