using System;
using System.Text;

namespace NanoEvse.Ocpp.Json
{
    /// <summary>
    /// Writes OCPP-J text into one reusable buffer. Absent values are simply not written: a null string
    /// property is skipped, so the output never contains JSON null.
    /// </summary>
    public sealed class JsonWriter
    {
        private const int MaxDepth = 16;

        private static readonly char[] MustEscape = EscapedCharacters();

        private readonly StringBuilder _text;
        private readonly bool[] _hasItems = new bool[MaxDepth + 1];
        private int _depth;
        private bool _afterName;

        public JsonWriter(int capacity)
        {
            _text = new StringBuilder(capacity);
        }

        /// <summary>Empties the buffer for the next message.</summary>
        public void Reset()
        {
            _text.Clear();
            _depth = 0;
            _afterName = false;
            _hasItems[0] = false;
        }

        public int Length
        {
            get { return _text.Length; }
        }

        public override string ToString()
        {
            return _text.ToString();
        }

        public void BeginObject()
        {
            Open('{');
        }

        public void EndObject()
        {
            Close('}');
        }

        public void BeginArray()
        {
            Open('[');
        }

        public void EndArray()
        {
            Close(']');
        }

        public void Name(string name)
        {
            Separate();
            AppendQuoted(name);
            _text.Append(':');
            _afterName = true;
        }

        public void String(string value)
        {
            Separate();
            AppendQuoted(value);
        }

        public void Int(long value)
        {
            Separate();
            _text.Append(value.ToString());
        }

        /// <summary>A decimal number from tenths, with its one fraction digit: 65 is 6.5, 60 is 6.0.</summary>
        public void Tenths(long tenths)
        {
            Separate();
            if (tenths < 0)
            {
                _text.Append('-');
                tenths = -tenths;
            }

            _text.Append((tenths / 10).ToString());
            _text.Append('.');
            _text.Append((tenths % 10).ToString());
        }

        public void Bool(bool value)
        {
            Separate();
            _text.Append(value ? "true" : "false");
        }

        /// <summary>A UTC timestamp with milliseconds, e.g. 2026-11-21T09:30:00.250Z.</summary>
        public void Timestamp(DateTime utc)
        {
            Separate();
            _text.Append('"');
            OcppTime.Append(_text, utc);
            _text.Append('"');
        }

        /// <summary>Writes "name":"value", or nothing when value is null.</summary>
        public void Property(string name, string value)
        {
            if (value == null)
            {
                return;
            }

            Name(name);
            String(value);
        }

        public void Property(string name, long value)
        {
            Name(name);
            Int(value);
        }

        public void Property(string name, bool value)
        {
            Name(name);
            Bool(value);
        }

        public void TimestampProperty(string name, DateTime utc)
        {
            Name(name);
            Timestamp(utc);
        }

        private void Open(char bracket)
        {
            if (_depth == MaxDepth)
            {
                throw new InvalidOperationException("JSON nested too deeply");
            }

            Separate();
            _text.Append(bracket);
            _depth++;
            _hasItems[_depth] = false;
        }

        private void Close(char bracket)
        {
            _text.Append(bracket);
            _depth--;
        }

        private void Separate()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItems[_depth])
            {
                _text.Append(',');
            }

            _hasItems[_depth] = true;
        }

        /// <summary>
        /// Most values need no escape: one native search finds that out, and they are appended whole. Only the
        /// rest are copied to a char[] and walked, since indexing a string walks its UTF-8 on the device.
        /// </summary>
        private void AppendQuoted(string value)
        {
            _text.Append('"');
            if (value.IndexOfAny(MustEscape) < 0)
            {
                _text.Append(value);
                _text.Append('"');
                return;
            }

            char[] chars = value.ToCharArray();
            int runStart = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c >= ' ' && c != '"' && c != '\\')
                {
                    continue;
                }

                if (i > runStart)
                {
                    _text.Append(chars, runStart, i - runStart);
                }

                AppendEscape(c);
                runStart = i + 1;
            }

            if (runStart < chars.Length)
            {
                _text.Append(chars, runStart, chars.Length - runStart);
            }

            _text.Append('"');
        }

        private static char[] EscapedCharacters()
        {
            char[] chars = new char[34];
            for (int i = 0; i < 32; i++)
            {
                chars[i] = (char)i;
            }

            chars[32] = '"';
            chars[33] = '\\';
            return chars;
        }

        private void AppendEscape(char c)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); return;
                case '\\': _text.Append("\\\\"); return;
                case '\n': _text.Append("\\n"); return;
                case '\r': _text.Append("\\r"); return;
                case '\t': _text.Append("\\t"); return;
                case '\b': _text.Append("\\b"); return;
                case '\f': _text.Append("\\f"); return;
            }

            _text.Append("\\u00");
            _text.Append(HexDigit(c >> 4));
            _text.Append(HexDigit(c & 0xF));
        }

        private static char HexDigit(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }
    }
}
