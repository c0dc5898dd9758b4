namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>The byte-level helpers the flash formats share: little-endian integers and a buffer that grows by doubling.</summary>
    public static class ByteBuffer
    {
        public static void PutInt(byte[] buffer, int at, int value)
        {
            buffer[at] = (byte)value;
            buffer[at + 1] = (byte)(value >> 8);
            buffer[at + 2] = (byte)(value >> 16);
            buffer[at + 3] = (byte)(value >> 24);
        }

        /// <summary><paramref name="buffer"/>, or a copy of its first <paramref name="length"/> bytes big enough for <paramref name="more"/> after them.</summary>
        public static byte[] Reserve(byte[] buffer, int length, int more)
        {
            if (length + more <= buffer.Length)
            {
                return buffer;
            }

            int size = buffer.Length * 2;
            while (size < length + more)
            {
                size *= 2;
            }

            byte[] bigger = new byte[size];
            System.Array.Copy(buffer, 0, bigger, 0, length);
            return bigger;
        }
    }
}
