using System;

namespace NanoEvse.FileTransfer
{
    /// <summary>A fixed-size FIFO of bytes; the caller does the locking.</summary>
    internal sealed class ByteRing
    {
        private readonly byte[] _bytes;
        private int _head;
        private int _count;

        public ByteRing(int capacity)
        {
            _bytes = new byte[capacity];
        }

        public int Count
        {
            get { return _count; }
        }

        /// <summary>Appends as many of the bytes as fit and returns how many.</summary>
        public int Write(byte[] source, int offset, int count)
        {
            int n = count < _bytes.Length - _count ? count : _bytes.Length - _count;
            int tail = (_head + _count) % _bytes.Length;
            int first = n < _bytes.Length - tail ? n : _bytes.Length - tail;
            Array.Copy(source, offset, _bytes, tail, first);
            Array.Copy(source, offset + first, _bytes, 0, n - first);
            _count += n;
            return n;
        }

        /// <summary>Removes up to <paramref name="count"/> of the oldest bytes into the target and returns how many.</summary>
        public int Read(byte[] target, int offset, int count)
        {
            int n = count < _count ? count : _count;
            int first = n < _bytes.Length - _head ? n : _bytes.Length - _head;
            Array.Copy(_bytes, _head, target, offset, first);
            Array.Copy(_bytes, 0, target, offset + first, n - first);
            _head = (_head + n) % _bytes.Length;
            _count -= n;
            return n;
        }
    }
}
