namespace NanoEvse.FileTransfer
{
    /// <summary>The data port of a passive-mode reply.</summary>
    internal static class PassiveReply
    {
        /// <summary>
        /// The port of a 227 reply's "h1,h2,h3,h4,p1,p2", found anywhere in its text (RFC 1123 4.1.2.6: servers word it
        /// differently); 0 when there is none. The address is not used (see <see cref="FtpClient"/>).
        /// </summary>
        public static int PasvPort(byte[] text, int length)
        {
            int[] numbers = new int[6];
            for (int i = 0; i < length; i++)
            {
                if (Ascii.IsDigit(text[i]) && (i == 0 || !Ascii.IsDigit(text[i - 1])) && ReadSix(text, i, length, numbers))
                {
                    int port = numbers[4] * 256 + numbers[5];
                    return port > 0 ? port : 0;
                }
            }

            return 0;
        }

        /// <summary>The port of a 229 reply's "(|||port|)" (any delimiter); 0 when there is none.</summary>
        public static int EpsvPort(byte[] text, int length)
        {
            for (int i = 0; i + 4 < length; i++)
            {
                if (text[i] != '(')
                {
                    continue;
                }

                byte delimiter = text[i + 1];
                if (text[i + 2] != delimiter || text[i + 3] != delimiter)
                {
                    return 0;
                }

                int end = i + 4;
                while (end < length && text[end] != delimiter)
                {
                    end++;
                }

                long port = Ascii.Decimal(text, i + 4, end);
                return end < length && port > 0 && port <= 65535 ? (int)port : 0;
            }

            return 0;
        }

        /// <summary>Six comma-separated numbers of 0 to 255 from <paramref name="start"/>.</summary>
        private static bool ReadSix(byte[] text, int start, int length, int[] numbers)
        {
            int i = start;
            for (int k = 0; k < 6; k++)
            {
                if (k > 0)
                {
                    if (i >= length || text[i] != ',')
                    {
                        return false;
                    }

                    i++;
                }

                int digitsStart = i;
                while (i < length && Ascii.IsDigit(text[i]) && i - digitsStart < 3)
                {
                    i++;
                }

                long value = Ascii.Decimal(text, digitsStart, i);
                if (value < 0 || value > 255)
                {
                    return false;
                }

                numbers[k] = (int)value;
            }

            return true;
        }
    }
}
