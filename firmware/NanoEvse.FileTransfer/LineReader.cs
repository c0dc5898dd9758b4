using System;
using System.IO;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// Buffered reading of a connection: protocol lines (ending in LF, a CR before it dropped) and then raw bytes,
    /// both out of one buffer, so bytes that arrive with the last header line are not lost.
    /// </summary>
    internal sealed class LineReader
    {
        private readonly Transfer _transfer;
        private readonly Stream _stream;
        private readonly byte[] _buffer;
        private int _start;
        private int _end;
        private bool _skipToLineEnd;

        public LineReader(Transfer transfer, Stream stream, byte[] buffer)
        {
            _transfer = transfer;
            _stream = stream;
            _buffer = buffer;
        }

        /// <summary>Holds the current line, and the bytes <see cref="Next"/> returned, until the next call.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public int LineStart { get; private set; }

        /// <summary>Index just past the line's last byte.</summary>
        public int LineEnd { get; private set; }

        /// <summary>Whether the line was longer than the buffer; it holds the start then, and the rest is skipped.</summary>
        public bool Truncated { get; private set; }

        /// <summary>Reads the next line; false when the connection ends first.</summary>
        public bool ReadLine()
        {
            if (!SkipRestOfLine())
            {
                return false;
            }

            int scanned = 0;
            while (true)
            {
                for (int i = _start + scanned; i < _end; i++)
                {
                    if (_buffer[i] == '\n')
                    {
                        SetLine(_start, i > _start && _buffer[i - 1] == '\r' ? i - 1 : i, false);
                        _start = i + 1;
                        return true;
                    }
                }

                if (_end - _start == _buffer.Length)
                {
                    SetLine(_start, _end, true);
                    _start = _end;
                    _skipToLineEnd = true;
                    return true;
                }

                scanned = _end - _start;
                if (!Fill())
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// Up to <paramref name="max"/> bytes, reading the connection only when none are buffered; they are at
        /// <see cref="Buffer"/>[offset]. 0 when the connection has ended.
        /// </summary>
        public int Next(int max, out int offset)
        {
            offset = 0;
            if (!SkipRestOfLine() || (_start == _end && !Fill()))
            {
                return 0;
            }

            int n = _end - _start < max ? _end - _start : max;
            offset = _start;
            _start += n;
            return n;
        }

        private void SetLine(int start, int end, bool truncated)
        {
            LineStart = start;
            LineEnd = end;
            Truncated = truncated;
        }

        private bool SkipRestOfLine()
        {
            while (_skipToLineEnd)
            {
                for (int i = _start; i < _end; i++)
                {
                    if (_buffer[i] == '\n')
                    {
                        _start = i + 1;
                        _skipToLineEnd = false;
                        return true;
                    }
                }

                _start = _end;
                if (!Fill())
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Moves what is left to the front and reads more after it; false at the end of the connection.</summary>
        private bool Fill()
        {
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            int n = _transfer.Read(_stream, _buffer, _end, _buffer.Length - _end);
            if (n <= 0)
            {
                return false;
            }

            _end += n;
            return true;
        }
    }
}
