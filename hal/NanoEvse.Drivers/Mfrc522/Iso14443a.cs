namespace NanoEvse.Drivers.Mfrc522
{
    /// <summary>The ISO/IEC 14443-3 type A commands used to read a card's UID, and its CRC_A.</summary>
    public static class Iso14443a
    {
        /// <summary>WUPA, sent as 7 bits: wakes cards that are idle or halted.</summary>
        public const byte Wupa = 0x52;

        /// <summary>SEL codes of cascade levels 1, 2, 3.</summary>
        public static readonly byte[] SelectCodes = new byte[] { 0x93, 0x95, 0x97 };

        /// <summary>NVB of an anticollision frame (2 bytes sent, no UID bits yet).</summary>
        public const byte AnticollisionNvb = 0x20;

        /// <summary>NVB of a SELECT frame (7 bytes: SEL, NVB, 4 UID bytes, BCC).</summary>
        public const byte SelectNvb = 0x70;

        /// <summary>Cascade tag: the first UID byte of a level that is followed by another level.</summary>
        public const byte CascadeTag = 0x88;

        /// <summary>SAK bit: the UID is not complete, select the next cascade level.</summary>
        public const byte SakCascade = 0x04;

        public const byte Halt = 0x50;

        /// <summary>CRC_A (preset 0x6363, reflected polynomial 0x8408) of <paramref name="length"/> bytes; low byte first.</summary>
        public static int Crc(byte[] data, int length)
        {
            int crc = 0x6363;
            for (int i = 0; i < length; i++)
            {
                int b = (data[i] ^ crc) & 0xFF;
                b = (b ^ (b << 4)) & 0xFF;
                crc = ((crc >> 8) ^ (b << 8) ^ (b << 3) ^ (b >> 4)) & 0xFFFF;
            }

            return crc;
        }

        /// <summary>Appends the CRC_A of the first <paramref name="length"/> bytes after them.</summary>
        public static void AppendCrc(byte[] frame, int length)
        {
            int crc = Crc(frame, length);
            frame[length] = (byte)crc;
            frame[length + 1] = (byte)(crc >> 8);
        }
    }
}
