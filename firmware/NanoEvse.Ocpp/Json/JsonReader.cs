using System;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.Ocpp.Json
{
    /// <summary>
    /// A pull reader over one OCPP-J message. It checks JSON syntax token by token, so a handler can stop
    /// at the first bad field, and its typed reads turn schema violations into the matching CALLERROR code.
    /// It reads a char[], never a string: nanoCLR keeps strings as UTF-8, so indexing one walks it from the start.
    /// </summary>
    public sealed class JsonReader
    {
        private const int MaxDepth = 16;

        private const int ExpectTopValue = 0;
        private const int ExpectEnd = 1;
        private const int ExpectValue = 2;
        private const int ObjectOpened = 3;
        private const int ObjectAfterValue = 4;
        private const int ArrayOpened = 5;
        private const int ArrayAfterValue = 6;

        private static readonly char[] TrueWord = { 't', 'r', 'u', 'e' };
        private static readonly char[] FalseWord = { 'f', 'a', 'l', 's', 'e' };
        private static readonly char[] NullWord = { 'n', 'u', 'l', 'l' };

        private readonly bool[] _inObject = new bool[MaxDepth + 1];
        private char[] _text;
        private int _end;
        private int _pos;
        private int _numberStart;
        private int _depth;
        private int _state;

        public JsonReader(string text)
        {
            Reset(text);
        }

        /// <summary>Reads the first <paramref name="length"/> characters of <paramref name="text"/>; see <see cref="Reset(char[], int)"/>.</summary>
        public JsonReader(char[] text, int length)
        {
            Reset(text, length);
        }

        /// <summary>The token the last Read() returned.</summary>
        public JsonToken Token;

        /// <summary>Unescaped text of a String or PropertyName token; the literal text of a Number.</summary>
        public string Value;

        public void Reset(string text)
        {
            Reset(text.ToCharArray(), text.Length);
        }

        /// <summary>
        /// Starts over on the first <paramref name="length"/> characters of <paramref name="text"/>. Strings with
        /// escapes are decoded in place, so the array no longer holds the message once it has been read.
        /// </summary>
        public void Reset(char[] text, int length)
        {
            _text = text;
            _end = length;
            _pos = 0;
            _depth = 0;
            _state = ExpectTopValue;
            Token = JsonToken.None;
            Value = null;
        }

        public JsonToken Read()
        {
            Value = null;
            SkipWhitespace();
            switch (_state)
            {
                case ExpectEnd:
                    if (_pos < _end)
                    {
                        throw Malformed("text after the end of the message");
                    }

                    return Token = JsonToken.EndOfInput;

                case ObjectOpened:
                    if (Peek() == '}')
                    {
                        return CloseContainer();
                    }

                    return ReadPropertyName();

                case ObjectAfterValue:
                    if (Peek() == '}')
                    {
                        return CloseContainer();
                    }

                    Expect(',');
                    SkipWhitespace();
                    return ReadPropertyName();

                case ArrayOpened:
                    if (Peek() == ']')
                    {
                        return CloseContainer();
                    }

                    return ReadValue();

                case ArrayAfterValue:
                    if (Peek() == ']')
                    {
                        return CloseContainer();
                    }

                    Expect(',');
                    SkipWhitespace();
                    return ReadValue();

                default:
                    return ReadValue();
            }
        }

        /// <summary>Skips the value that starts at the next token, however deeply nested.</summary>
        public void SkipValue()
        {
            JsonToken token = Read();
            if (token != JsonToken.StartObject && token != JsonToken.StartArray)
            {
                return;
            }

            int depth = _depth;
            while (_depth >= depth)
            {
                Read();
            }
        }

        /// <summary>Reads the start of an object; anything else is a <paramref name="errorCode"/>.</summary>
        public void ReadObjectStart(string field, string errorCode)
        {
            if (Read() != JsonToken.StartObject)
            {
                throw new OcppException(errorCode, field + " must be an object");
            }
        }

        /// <summary>Moves to the next property name of the current object; false at its end.</summary>
        public bool NextProperty()
        {
            return Read() == JsonToken.PropertyName;
        }

        public string ReadString(string field, int maxLength)
        {
            if (Read() != JsonToken.String)
            {
                throw WrongType(field, "a string");
            }

            if (maxLength > 0 && Value.Length > maxLength)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " is longer than " + maxLength.ToString() + " characters");
            }

            return Value;
        }

        /// <summary>
        /// An integer as JSON Schema counts one: any number whose value is whole, so 1.0 and 1e3 are accepted;
        /// 1.5 is a TypeConstraintViolation, beyond 32 bits a PropertyConstraintViolation.
        /// </summary>
        public int ReadInt(string field)
        {
            if (Read() != JsonToken.Number)
            {
                throw WrongType(field, "an integer");
            }

            int value;
            int outcome = IntegerLiteral.Parse(_text, _numberStart, _numberStart + Value.Length, 0, out value);
            if (outcome == IntegerLiteral.NotWhole)
            {
                throw WrongType(field, "an integer");
            }

            if (outcome == IntegerLiteral.OutOfRange)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " is out of range");
            }

            return value;
        }

        /// <summary>
        /// A decimal with at most one fraction digit (OCPP's limits, multipleOf 0.1), in tenths: 6.5 is 65, 6.50
        /// and 0.65e1 too. A finer value (6.55) or one beyond 32 bits of tenths is a PropertyConstraintViolation.
        /// </summary>
        public int ReadTenths(string field)
        {
            if (Read() != JsonToken.Number)
            {
                throw WrongType(field, "a number");
            }

            int tenths;
            if (IntegerLiteral.Parse(_text, _numberStart, _numberStart + Value.Length, 1, out tenths) != IntegerLiteral.Whole)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " must be a multiple of 0.1 within range");
            }

            return tenths;
        }

        /// <summary>An integer that must lie in [min, max].</summary>
        public int ReadInt(string field, int min, int max)
        {
            int value = ReadInt(field);
            if (value < min || value > max)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " is out of range");
            }

            return value;
        }

        public bool ReadBool(string field)
        {
            JsonToken token = Read();
            if (token == JsonToken.True)
            {
                return true;
            }

            if (token == JsonToken.False)
            {
                return false;
            }

            throw WrongType(field, "a boolean");
        }

        public DateTime ReadTimestamp(string field)
        {
            string text = ReadString(field, 0);
            DateTime utc;
            if (!OcppTime.TryParse(text, out utc))
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " is not an ISO 8601 date-time");
            }

            return utc;
        }

        /// <summary>Reads a string that must be one of <paramref name="names"/>; returns its index.</summary>
        public int ReadEnum(string field, string[] names)
        {
            string text = ReadString(field, 0);
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == text)
                {
                    return i;
                }
            }

            throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " has an unknown value");
        }

        /// <summary>Throws the OCPP error for a required field that was absent.</summary>
        public static void Require(bool present, string field)
        {
            if (!present)
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, field + " is required");
            }
        }

        private static OcppException WrongType(string field, string expected)
        {
            return new OcppException(CallErrorCode.TypeConstraintViolation, field + " must be " + expected);
        }

        private JsonToken ReadPropertyName()
        {
            if (Peek() != '"')
            {
                throw Malformed("a property name");
            }

            Value = ReadQuoted();
            SkipWhitespace();
            Expect(':');
            _state = ExpectValue;
            return Token = JsonToken.PropertyName;
        }

        private JsonToken ReadValue()
        {
            char c = Peek();
            if (c == '{' || c == '[')
            {
                if (_depth == MaxDepth)
                {
                    throw Malformed("nesting deeper than " + MaxDepth.ToString() + " levels");
                }

                _pos++;
                _depth++;
                _inObject[_depth] = c == '{';
                _state = c == '{' ? ObjectOpened : ArrayOpened;
                return Token = c == '{' ? JsonToken.StartObject : JsonToken.StartArray;
            }

            JsonToken token;
            if (c == '"')
            {
                Value = ReadQuoted();
                token = JsonToken.String;
            }
            else if (c == '-' || (c >= '0' && c <= '9'))
            {
                Value = ReadNumber();
                token = JsonToken.Number;
            }
            else if (Literal(TrueWord))
            {
                token = JsonToken.True;
            }
            else if (Literal(FalseWord))
            {
                token = JsonToken.False;
            }
            else if (Literal(NullWord))
            {
                token = JsonToken.Null;
            }
            else
            {
                throw Malformed("a value");
            }

            ValueDone();
            return Token = token;
        }

        private JsonToken CloseContainer()
        {
            bool wasObject = _inObject[_depth];
            _pos++;
            _depth--;
            ValueDone();
            return Token = wasObject ? JsonToken.EndObject : JsonToken.EndArray;
        }

        private void ValueDone()
        {
            if (_depth == 0)
            {
                _state = ExpectEnd;
            }
            else
            {
                _state = _inObject[_depth] ? ObjectAfterValue : ArrayAfterValue;
            }
        }

        private bool Literal(char[] word)
        {
            if (_pos + word.Length > _end)
            {
                return false;
            }

            for (int i = 0; i < word.Length; i++)
            {
                if (_text[_pos + i] != word[i])
                {
                    return false;
                }
            }

            _pos += word.Length;
            return true;
        }

        private string ReadNumber()
        {
            _numberStart = _pos;
            if (Peek() == '-')
            {
                _pos++;
            }

            if (Peek() == '0')
            {
                _pos++;
            }
            else if (!Digits())
            {
                throw Malformed("a number");
            }

            if (Peek() == '.')
            {
                _pos++;
                if (!Digits())
                {
                    throw Malformed("a number");
                }
            }

            char c = Peek();
            if (c == 'e' || c == 'E')
            {
                _pos++;
                c = Peek();
                if (c == '+' || c == '-')
                {
                    _pos++;
                }

                if (!Digits())
                {
                    throw Malformed("a number");
                }
            }

            return new string(_text, _numberStart, _pos - _numberStart);
        }

        private bool Digits()
        {
            int start = _pos;
            while (_pos < _end && _text[_pos] >= '0' && _text[_pos] <= '9')
            {
                _pos++;
            }

            return _pos > start;
        }

        /// <summary>
        /// Reads a string token. From its first escape on, the decoded characters are written back over the
        /// token itself, which is safe because an escape is always longer than the character it stands for.
        /// </summary>
        private string ReadQuoted()
        {
            _pos++;
            int start = _pos;
            int write = -1;
            while (_pos < _end)
            {
                char c = _text[_pos];
                if (c == '"')
                {
                    int length = (write < 0 ? _pos : write) - start;
                    _pos++;
                    return new string(_text, start, length);
                }

                if (c < ' ')
                {
                    throw Malformed("no control characters inside a string");
                }

                _pos++;
                if (c == '\\')
                {
                    if (write < 0)
                    {
                        write = _pos - 1;
                    }

                    c = ReadEscape();
                }

                if (write >= 0)
                {
                    _text[write++] = c;
                }
            }

            throw Malformed("the end of a string");
        }

        private char ReadEscape()
        {
            if (_pos >= _end)
            {
                throw Malformed("the end of a string");
            }

            char c = _text[_pos++];
            switch (c)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'u': return ReadHexChar();
                default: throw Malformed("a valid escape sequence");
            }
        }

        private char ReadHexChar()
        {
            if (_pos + 4 > _end)
            {
                throw Malformed("four hex digits");
            }

            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                int digit = HexDigit.Value(_text[_pos++]);
                if (digit < 0)
                {
                    throw Malformed("four hex digits");
                }

                value = value * 16 + digit;
            }

            return (char)value;
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Malformed("'" + c.ToString() + "'");
            }

            _pos++;
        }

        private char Peek()
        {
            return _pos < _end ? _text[_pos] : '\0';
        }

        private void SkipWhitespace()
        {
            while (_pos < _end)
            {
                char c = _text[_pos];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _pos++;
            }
        }

        private OcppException Malformed(string expected)
        {
            return new OcppException(CallErrorCode.FormationViolation, "Malformed JSON at character " + _pos.ToString() + ": expected " + expected);
        }
    }
}
