using System;

namespace NanoEvse.UpdatePackage
{
    /// <summary>The argument check shared by every method that takes a slice of a byte array.</summary>
    internal static class Ranges
    {
        public static void Check(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || count > data.Length - offset)
            {
                throw new ArgumentOutOfRangeException("count", "offset and count lie outside the array");
            }
        }
    }
}
