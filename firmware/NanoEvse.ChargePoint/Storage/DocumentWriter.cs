using System.Text;

namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>
    /// Builds one stored document: a header with the format version, the fields, and a CRC over all of it.
    /// Layout: "NE", version (1 byte), 0, payload length (4 bytes LE), payload, CRC-32 (4 bytes LE).
    /// Fields are 4-byte little-endian integers and UTF-8 strings prefixed with their 2-byte length.
    /// </summary>
    public sealed class DocumentWriter
    {
        public const int HeaderBytes = 8;
        public const int CrcBytes = 4;
        public const int MaxStringBytes = 65535;

        private byte[] _buffer = new byte[128];
        private int _length = HeaderBytes;
        private bool _sealed;

        public DocumentWriter(int version)
        {
            Version = version;
        }

        public int Version { get; private set; }

        /// <summary>Bytes of the sealed document, header and CRC included.</summary>
        public int Length
        {
            get { return _length; }
        }

        public void Int(int value)
        {
            Reserve(4);
            ByteBuffer.PutInt(_buffer, _length, value);
            _length += 4;
        }

        /// <summary>Writes a string; null is stored as the empty string.</summary>
        public void String(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value == null ? string.Empty : value);
            if (bytes.Length > MaxStringBytes)
            {
                throw new System.ArgumentException("a stored string is limited to 65535 bytes");
            }

            Reserve(2 + bytes.Length);
            _buffer[_length] = (byte)(bytes.Length & 0xFF);
            _buffer[_length + 1] = (byte)(bytes.Length >> 8);
            System.Array.Copy(bytes, 0, _buffer, _length + 2, bytes.Length);
            _length += 2 + bytes.Length;
        }

        /// <summary>Finishes the document; the first <see cref="Length"/> bytes of the result are the file.</summary>
        public byte[] Seal()
        {
            if (!_sealed)
            {
                Reserve(CrcBytes);
                _buffer[0] = (byte)'N';
                _buffer[1] = (byte)'E';
                _buffer[2] = (byte)Version;
                _buffer[3] = 0;
                ByteBuffer.PutInt(_buffer, 4, _length - HeaderBytes);
                ByteBuffer.PutInt(_buffer, _length, (int)Crc32.Compute(_buffer, 0, _length));
                _length += CrcBytes;
                _sealed = true;
            }

            return _buffer;
        }

        private void Reserve(int more)
        {
            if (_sealed)
            {
                throw new System.InvalidOperationException("the document is already sealed");
            }

            _buffer = ByteBuffer.Reserve(_buffer, _length, more);
        }
    }
}
