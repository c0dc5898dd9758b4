using System.Text;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// Builds journal records (see <see cref="JournalRecord"/>) one after another in a reusable buffer: the bytes of
    /// one append, or of a whole rewritten file. Integers are little-endian; a string is its UTF-8 bytes after a
    /// 1-byte length.
    /// </summary>
    public sealed class JournalWriter
    {
        private byte[] _buffer = new byte[256];
        private int _length;
        private int _recordStart = -1;

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public int Length
        {
            get { return _length; }
        }

        public void Clear()
        {
            _length = 0;
            _recordStart = -1;
        }

        /// <summary>Starts a file: the header, whose length field <see cref="FinishHeader"/> fills in.</summary>
        public void Header(int version)
        {
            Begin(JournalRecord.Header);
            Byte(version);
            Int(0);
            End();
        }

        /// <summary>Sets the header at the start of the buffer to the buffer's length, the size of the file as rewritten.</summary>
        public void FinishHeader()
        {
            ByteBuffer.PutInt(_buffer, 3, _length);
            int crcAt = JournalRecord.HeaderBytes - 4;
            ByteBuffer.PutInt(_buffer, crcAt, (int)Crc32.Compute(_buffer, 0, crcAt));
        }

        public void Begin(int kind)
        {
            Reserve(2);
            _recordStart = _length;
            _buffer[_length] = (byte)kind;
            _buffer[_length + 1] = 0;
            _length += 2;
        }

        public void Byte(int value)
        {
            Reserve(1);
            _buffer[_length++] = (byte)value;
        }

        public void Int(int value)
        {
            Reserve(4);
            ByteBuffer.PutInt(_buffer, _length, value);
            _length += 4;
        }

        public void Long(long value)
        {
            Int((int)value);
            Int((int)(value >> 32));
        }

        /// <summary>A signed number in as few bytes as it needs: zigzag, then 7 bits a byte, low first.</summary>
        public void VarLong(long value)
        {
            ulong rest = (ulong)((value << 1) ^ (value >> 63));
            while (rest >= 0x80)
            {
                Byte((int)(rest & 0x7F) | 0x80);
                rest >>= 7;
            }

            Byte((int)rest);
        }

        /// <summary>Null is stored as the empty string.</summary>
        public void String(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value == null ? string.Empty : value);
            if (bytes.Length > JournalRecord.MaxPayload)
            {
                throw new System.ArgumentException("a journal string is limited to 255 bytes");
            }

            Byte(bytes.Length);
            Reserve(bytes.Length);
            System.Array.Copy(bytes, 0, _buffer, _length, bytes.Length);
            _length += bytes.Length;
        }

        /// <summary>Closes the record: fills in its length and appends its CRC.</summary>
        public void End()
        {
            int payload = _length - _recordStart - 2;
            if (payload > JournalRecord.MaxPayload)
            {
                throw new System.ArgumentException("a journal record is limited to 255 payload bytes");
            }

            _buffer[_recordStart + 1] = (byte)payload;
            uint crc = Crc32.Compute(_buffer, _recordStart, _length - _recordStart);
            Int((int)crc);
            _recordStart = -1;
        }

        private void Reserve(int more)
        {
            _buffer = ByteBuffer.Reserve(_buffer, _length, more);
        }
    }
}
