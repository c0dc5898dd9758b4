namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// Strict UTF-8 to UTF-16 decoding of the manifest. Done here rather than by the platform's encoder so that the
    /// device and the host tool refuse exactly the same bytes: malformed, overlong, surrogate or beyond U+10FFFF.
    /// </summary>
    internal static class Utf8Text
    {
        /// <summary>Decodes into <paramref name="chars"/> (at least <paramref name="count"/> long); the number of chars, or -1 when the bytes are not UTF-8.</summary>
        public static int Decode(byte[] bytes, int offset, int count, char[] chars)
        {
            int end = offset + count;
            int written = 0;
            int i = offset;
            while (i < end)
            {
                int lead = bytes[i++];
                if (lead < 0x80)
                {
                    chars[written++] = (char)lead;
                    continue;
                }

                int following;
                int codePoint;
                int smallest;
                if ((lead & 0xe0) == 0xc0)
                {
                    following = 1;
                    codePoint = lead & 0x1f;
                    smallest = 0x80;
                }
                else if ((lead & 0xf0) == 0xe0)
                {
                    following = 2;
                    codePoint = lead & 0x0f;
                    smallest = 0x800;
                }
                else if ((lead & 0xf8) == 0xf0)
                {
                    following = 3;
                    codePoint = lead & 0x07;
                    smallest = 0x10000;
                }
                else
                {
                    return -1;
                }

                if (end - i < following)
                {
                    return -1;
                }

                for (int k = 0; k < following; k++)
                {
                    int next = bytes[i++];
                    if ((next & 0xc0) != 0x80)
                    {
                        return -1;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3f);
                }

                if (codePoint < smallest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
                {
                    return -1;
                }

                if (codePoint < 0x10000)
                {
                    chars[written++] = (char)codePoint;
                }
                else
                {
                    codePoint -= 0x10000;
                    chars[written++] = (char)(0xd800 + (codePoint >> 10));
                    chars[written++] = (char)(0xdc00 + (codePoint & 0x3ff));
                }
            }

            return written;
        }
    }
}
