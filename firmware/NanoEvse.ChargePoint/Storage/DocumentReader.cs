using System.Text;

namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>Reads the fields of a document that <see cref="Open"/> found whole; see <see cref="DocumentWriter"/> for the layout.</summary>
    public sealed class DocumentReader
    {
        private readonly byte[] _file;
        private readonly int _end;
        private int _position;

        private DocumentReader(byte[] file, int version, int payloadLength)
        {
            _file = file;
            Version = version;
            _position = DocumentWriter.HeaderBytes;
            _end = DocumentWriter.HeaderBytes + payloadLength;
        }

        public int Version { get; private set; }

        public bool AtEnd
        {
            get { return _position >= _end; }
        }

        /// <summary>
        /// Checks a file's header, length and CRC. Returns null and says why in <paramref name="problem"/>
        /// when the file is torn, corrupt or written by a newer format than <paramref name="newestVersion"/>.
        /// </summary>
        public static DocumentReader Open(byte[] file, int newestVersion, out string problem)
        {
            problem = null;
            int overhead = DocumentWriter.HeaderBytes + DocumentWriter.CrcBytes;
            if (file.Length < overhead || file[0] != (byte)'N' || file[1] != (byte)'E' || file[3] != 0)
            {
                problem = "no document header";
                return null;
            }

            int payload = GetInt(file, 4);
            if (payload < 0 || payload != file.Length - overhead)
            {
                problem = "length " + file.Length + " does not match the header";
                return null;
            }

            uint stored = (uint)GetInt(file, file.Length - DocumentWriter.CrcBytes);
            if (stored != Crc32.Compute(file, 0, file.Length - DocumentWriter.CrcBytes))
            {
                problem = "CRC mismatch";
                return null;
            }

            int version = file[2];
            if (version == 0 || version > newestVersion)
            {
                problem = "format version " + version + " is not one this firmware reads";
                return null;
            }

            return new DocumentReader(file, version, payload);
        }

        public int Int()
        {
            Need(4);
            int value = GetInt(_file, _position);
            _position += 4;
            return value;
        }

        public string String()
        {
            Need(2);
            int length = _file[_position] | (_file[_position + 1] << 8);
            _position += 2;
            Need(length);
            string value = length == 0 ? string.Empty : Encoding.UTF8.GetString(_file, _position, length);
            _position += length;
            return value;
        }

        private void Need(int bytes)
        {
            if (_position + bytes > _end)
            {
                throw new System.IO.IOException("document ends inside a field");
            }
        }

        private static int GetInt(byte[] data, int at)
        {
            return data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24);
        }
    }
}
