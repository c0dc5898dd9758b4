namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// The checks the loader makes on a nanoFramework 1.x assembly image (CLR_RECORD_ASSEMBLY, 124 bytes, little
    /// endian) before it hands it to Assembly.Load. Load checks the header and image CRCs itself, but reads as many
    /// bytes as the header's size field says, so the length is checked here first; an image with native methods or
    /// flags cannot run when loaded from a file.
    /// </summary>
    public static class PeImage
    {
        public const int HeaderBytes = 124;

        private const int FlagsOffset = 16;
        private const int NativeChecksumOffset = 20;
        private const int VersionOffset = 28;
        private const int StringTableVersionOffset = 38;
        private const int TotalSizeOffset = 100;
        private const int PatchedMethodsOffset = 104;

        private static readonly byte[] Marker = new byte[] { (byte)'N', (byte)'F', (byte)'M', (byte)'R', (byte)'K', (byte)'1', 0, 0 };

        /// <summary>Null when <paramref name="image"/> may be loaded, otherwise why not.</summary>
        public static string Problem(byte[] image, string name)
        {
            if (image.Length < HeaderBytes)
            {
                return name + ": shorter than an assembly header";
            }

            for (int i = 0; i < Marker.Length; i++)
            {
                if (image[i] != Marker[i])
                {
                    return name + ": not a nanoFramework 1.x assembly (no NFMRK1 marker)";
                }
            }

            if (UInt32(image, TotalSizeOffset) != (uint)image.Length)
            {
                return name + ": its header gives " + UInt32(image, TotalSizeOffset) + " bytes, the file has " + image.Length;
            }

            if (UInt16(image, StringTableVersionOffset) != 1 || UInt32(image, FlagsOffset) != 0 || UInt32(image, PatchedMethodsOffset) != 0)
            {
                return name + ": an assembly header this loader does not know";
            }

            if (UInt32(image, NativeChecksumOffset) != 0)
            {
                return name + ": has native methods, which an assembly loaded from a file cannot call";
            }

            return null;
        }

        /// <summary>major * 65536 + minor of the image's version: what a reference to it binds by.</summary>
        public static int MajorMinor(byte[] image)
        {
            return (UInt16(image, VersionOffset) << 16) | UInt16(image, VersionOffset + 2);
        }

        private static int UInt16(byte[] data, int offset)
        {
            return data[offset] | (data[offset + 1] << 8);
        }

        private static uint UInt32(byte[] data, int offset)
        {
            return (uint)(data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24));
        }
    }
}
