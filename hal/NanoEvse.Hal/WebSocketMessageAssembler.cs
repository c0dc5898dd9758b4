using System;

namespace NanoEvse.Hal
{
    /// <summary>
    /// Rebuilds whole WebSocket messages from frames handed over one at a time (nanoFramework's
    /// ClientWebSocket raises one MessageReceived per frame and leaves reassembly to the application).
    /// Keeps at most <see cref="MaxBytes"/> of a message; the rest is dropped and the message is
    /// reported as truncated. One instance per connection; not thread-safe.
    /// </summary>
    public sealed class WebSocketMessageAssembler
    {
        private static readonly byte[] NoBytes = new byte[0];

        private readonly int _maxBytes;
        private byte[] _buffer;
        private int _length;
        private bool _assembling;
        private bool _truncated;
        private bool _isText;

        private byte[] _messageBytes;
        private int _messageLength;

        public WebSocketMessageAssembler(int maxBytes)
        {
            if (maxBytes < 1)
            {
                throw new ArgumentOutOfRangeException("maxBytes");
            }

            _maxBytes = maxBytes;
        }

        public int MaxBytes
        {
            get { return _maxBytes; }
        }

        /// <summary>
        /// The completed message after <see cref="Add"/> returned true; valid until the next call,
        /// which may reuse the array. Only the first <see cref="MessageLength"/> bytes belong to it.
        /// </summary>
        public byte[] MessageBytes
        {
            get { return _messageBytes; }
        }

        public int MessageLength
        {
            get { return _messageLength; }
        }

        /// <summary>True when the completed message was longer than <see cref="MaxBytes"/>.</summary>
        public bool Truncated
        {
            get { return _truncated; }
        }

        /// <summary>Whether the completed message is text; only the first frame of a message carries its type.</summary>
        public bool IsText
        {
            get { return _isText; }
        }

        /// <summary>
        /// Adds one frame. <paramref name="isFirst"/> and <paramref name="isFinal"/> give the frame's place in its
        /// message (both true for an unfragmented message); <paramref name="isText"/> is read from first frames only.
        /// Returns true when this frame completed a message.
        /// </summary>
        public bool Add(byte[] payload, int count, bool isFirst, bool isFinal, bool isText)
        {
            if (count < 0 || (count > 0 && (payload == null || count > payload.Length)))
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _messageBytes = null;
            _messageLength = 0;

            if (isFirst)
            {
                // A new start also discards a message whose final fragment never came.
                _assembling = true;
                _truncated = false;
                _isText = isText;
                _length = 0;

                if (isFinal && count <= _maxBytes)
                {
                    // Whole message in one frame: hand the frame's own array on, no copy.
                    _assembling = false;
                    _messageBytes = payload ?? NoBytes;
                    _messageLength = count;
                    return true;
                }
            }
            else if (!_assembling)
            {
                // A continuation without a start belongs to nothing we could deliver.
                return false;
            }

            Append(payload, count);

            if (!isFinal)
            {
                return false;
            }

            _assembling = false;
            _messageBytes = _buffer ?? NoBytes;
            _messageLength = _truncated && _isText ? Utf8PrefixLength(_buffer, _length) : _length;
            return true;
        }

        /// <summary>Forgets any partly assembled message, e.g. when the connection is replaced.</summary>
        public void Reset()
        {
            _assembling = false;
            _truncated = false;
            _length = 0;
            _messageBytes = null;
            _messageLength = 0;
        }

        private void Append(byte[] payload, int count)
        {
            int room = _maxBytes - _length;
            int take = count;

            if (take > room)
            {
                take = room;
                _truncated = true;
            }

            if (take == 0)
            {
                return;
            }

            EnsureCapacity(_length + take);
            Array.Copy(payload, 0, _buffer, _length, take);
            _length += take;
        }

        // Grows by doubling up to the limit so small messages never reserve the whole limit.
        private void EnsureCapacity(int needed)
        {
            if (_buffer != null && _buffer.Length >= needed)
            {
                return;
            }

            int size = _buffer == null ? 256 : _buffer.Length * 2;

            if (size < needed)
            {
                size = needed;
            }

            if (size > _maxBytes)
            {
                size = _maxBytes;
            }

            byte[] grown = new byte[size];

            if (_length > 0)
            {
                Array.Copy(_buffer, 0, grown, 0, _length);
            }

            _buffer = grown;
        }

        // Length of the longest prefix that does not end inside a UTF-8 sequence, so a cut never
        // leaves half a character for the decoder.
        private static int Utf8PrefixLength(byte[] bytes, int length)
        {
            int start = length - 1;
            int continuation = 0;

            while (start >= 0 && continuation < 3 && (bytes[start] & 0xC0) == 0x80)
            {
                start--;
                continuation++;
            }

            if (start < 0)
            {
                return length;
            }

            int lead = bytes[start];
            int needed;

            if ((lead & 0x80) == 0)
            {
                needed = 1;
            }
            else if ((lead & 0xE0) == 0xC0)
            {
                needed = 2;
            }
            else if ((lead & 0xF0) == 0xE0)
            {
                needed = 3;
            }
            else if ((lead & 0xF8) == 0xF0)
            {
                needed = 4;
            }
            else
            {
                return length;
            }

            return start + needed > length ? start : length;
        }
    }
}
