namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>Meter values as OCPP wants them: plain decimal strings, never an exponent, from fixed-point integers.</summary>
    public static class DecimalText
    {
        /// <summary>
        /// <paramref name="scaled"/> divided by 10^<paramref name="decimals"/>, without trailing zeros:
        /// (163, 1) is "16.3", (160, 1) is "16", (985, 3) is "0.985".
        /// </summary>
        public static string Format(long scaled, int decimals)
        {
            long divisor = 1;
            for (int i = 0; i < decimals; i++)
            {
                divisor *= 10;
            }

            bool negative = scaled < 0;
            long magnitude = negative ? -scaled : scaled;
            string text = (magnitude / divisor).ToString();
            long fraction = magnitude % divisor;
            if (fraction != 0)
            {
                int digits = decimals;
                while (fraction % 10 == 0)
                {
                    fraction /= 10;
                    digits--;
                }

                string fractionText = fraction.ToString();
                while (fractionText.Length < digits)
                {
                    fractionText = "0" + fractionText;
                }

                text = text + "." + fractionText;
            }

            return negative ? "-" + text : text;
        }
    }
}
