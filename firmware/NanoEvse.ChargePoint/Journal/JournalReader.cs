using System.IO;
using System.Text;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// Walks the records of a journal file (see <see cref="JournalRecord"/>). It stops at the first record that is
    /// not whole: <see cref="Torn"/> when the file ends inside it (an append cut short by a power cut),
    /// <see cref="Damaged"/> when its CRC does not match (the flash changed under it).
    /// </summary>
    public sealed class JournalReader
    {
        private readonly byte[] _data;
        private int _next;
        private int _position;
        private int _end;

        public JournalReader(byte[] data)
        {
            _data = data;
        }

        /// <summary>Kind of the current record.</summary>
        public int Kind { get; private set; }

        /// <summary>Offset of the first byte not yet read as part of a whole record.</summary>
        public int WholeBytes
        {
            get { return _next; }
        }

        /// <summary>Bytes of the current record, kind, length and CRC included.</summary>
        public int RecordBytes { get; private set; }

        public bool Torn { get; private set; }

        public bool Damaged { get; private set; }

        /// <summary>Moves to the next record; false at the end of the data or at a record that is not whole.</summary>
        public bool Next()
        {
            if (Torn || Damaged || _next >= _data.Length)
            {
                return false;
            }

            int start = _next;
            if (_data.Length - start < JournalRecord.Overhead)
            {
                Torn = true;
                return false;
            }

            int payload = _data[start + 1];
            int total = JournalRecord.Overhead + payload;
            if (_data.Length - start < total)
            {
                Torn = true;
                return false;
            }

            int crcAt = start + total - 4;
            if ((uint)GetInt(crcAt) != Crc32.Compute(_data, start, total - 4))
            {
                Damaged = true;
                return false;
            }

            Kind = _data[start];
            RecordBytes = total;
            _position = start + 2;
            _end = crcAt;
            _next = start + total;
            return true;
        }

        /// <summary>
        /// Whether <paramref name="data"/> is a whole rewritten journal: a header of a version this firmware reads,
        /// whole records only, and exactly as long as the header says.
        /// </summary>
        public static bool IsWholeRewrite(byte[] data, int newestVersion)
        {
            JournalReader reader = new JournalReader(data);
            if (!reader.Next() || reader.Kind != JournalRecord.Header)
            {
                return false;
            }

            int version = reader.Byte();
            int length = reader.Int();
            if (version == 0 || version > newestVersion || length != data.Length)
            {
                return false;
            }

            while (reader.Next())
            {
            }

            return !reader.Torn && !reader.Damaged;
        }

        /// <summary>Every field of the current record has been read; a newer writer may add fields after the known ones.</summary>
        public bool AtEnd
        {
            get { return _position >= _end; }
        }

        public int Byte()
        {
            Need(1);
            return _data[_position++];
        }

        public int Int()
        {
            Need(4);
            int value = GetInt(_position);
            _position += 4;
            return value;
        }

        public long Long()
        {
            long low = (uint)Int();
            long high = Int();
            return (high << 32) | low;
        }

        /// <summary>A number written by <see cref="JournalWriter.VarLong"/>.</summary>
        public long VarLong()
        {
            ulong value = 0;
            int shift = 0;
            int b;
            do
            {
                if (shift > 63)
                {
                    throw new IOException("journal number too long");
                }

                b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            return (long)(value >> 1) ^ -(long)(value & 1);
        }

        /// <summary>The empty string reads back as null.</summary>
        public string String()
        {
            int length = Byte();
            Need(length);
            string value = length == 0 ? null : Encoding.UTF8.GetString(_data, _position, length);
            _position += length;
            return value;
        }

        private void Need(int bytes)
        {
            if (_position + bytes > _end)
            {
                throw new IOException("journal record ends inside a field");
            }
        }

        private int GetInt(int at)
        {
            return _data[at] | (_data[at + 1] << 8) | (_data[at + 2] << 16) | (_data[at + 3] << 24);
        }
    }
}
