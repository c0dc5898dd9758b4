namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>CRC-32 as in IEEE 802.3 and zip (reflected, polynomial 0xEDB88320): the check on every stored document.</summary>
    public static class Crc32
    {
        private static uint[] _table;

        public static uint Compute(byte[] data, int offset, int count)
        {
            uint[] table = Table();
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            }

            return ~crc;
        }

        private static uint[] Table()
        {
            if (_table == null)
            {
                uint[] table = new uint[256];
                for (uint n = 0; n < 256; n++)
                {
                    uint c = n;
                    for (int k = 0; k < 8; k++)
                    {
                        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                    }

                    table[n] = c;
                }

                _table = table;
            }

            return _table;
        }
    }
}
