using System;
using System.IO;
using System.Text;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// HTTP/1.1 over one connection per request (Connection: close): GET a file, or PUT one as the request body.
    /// Basic auth from the URL's user and password; bodies by Content-Length, chunked, or up to the close.
    /// </summary>
    /// <remarks>
    /// Redirects: at most <see cref="MaxRedirects"/>, to http or https only. A download follows 301, 302, 303, 307 and
    /// 308; an upload only 307 and 308, the two that keep the method and body. Credentials go along only to the same
    /// scheme, host and port.
    /// </remarks>
    internal sealed class HttpTransferClient
    {
        public const int MaxRedirects = 3;

        private const int BufferBytes = 1024;
        private const int ReasonBytes = 60;
        private static readonly byte[] ContentLengthName = Ascii.Bytes("content-length");
        private static readonly byte[] TransferEncodingName = Ascii.Bytes("transfer-encoding");
        private static readonly byte[] LocationName = Ascii.Bytes("location");
        private static readonly byte[] Chunked = Ascii.Bytes("chunked");

        private readonly Transfer _transfer;
        private readonly byte[] _buffer = new byte[BufferBytes];
        private Stream _stream;
        private LineReader _reader;
        private int _status;
        private string _reason;
        private long _length;
        private bool _chunked;
        private string _location;

        public HttpTransferClient(Transfer transfer)
        {
            _transfer = transfer;
        }

        public void Get(TransferUrl url, Download sink)
        {
            for (int redirects = 0; ; redirects++)
            {
                Exchange(url, "GET", url.Target, null);
                if (_status == 301 || _status == 302 || _status == 303 || _status == 307 || _status == 308)
                {
                    url = Follow(url, redirects);
                    continue;
                }

                if (_status / 100 != 2)
                {
                    throw Refused();
                }

                ReceiveBody(sink);
                _transfer.Close(_stream);
                return;
            }
        }

        /// <summary>PUTs <paramref name="content"/> to the URL, or as <paramref name="fileName"/> in the directory it names.</summary>
        public void Put(TransferUrl url, string fileName, byte[] content)
        {
            string target = url.UploadTarget(fileName);
            for (int redirects = 0; ; redirects++)
            {
                Exchange(url, "PUT", target, content);
                if (_status == 307 || _status == 308)
                {
                    url = Follow(url, redirects);
                    target = url.Target;
                    continue;
                }

                if (_status != 200 && _status != 201 && _status != 204)
                {
                    throw Refused();
                }

                _transfer.Close(_stream);
                return;
            }
        }

        private void Exchange(TransferUrl url, string method, string target, byte[] content)
        {
            _stream = _transfer.Open(url.Host, url.Port, url.Scheme == "https");
            _reader = new LineReader(_transfer, _stream, _buffer);
            string head = method + " " + target + " HTTP/1.1\r\nHost: " + url.HostHeader() + "\r\nUser-Agent: nanoEVSE\r\nConnection: close\r\n";
            if (url.User.Length > 0)
            {
                head = head + "Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(url.User + ":" + url.Password)) + "\r\n";
            }

            if (content != null)
            {
                head = head + "Content-Type: application/octet-stream\r\nContent-Length: " + content.Length.ToString() + "\r\n";
            }

            byte[] bytes = Ascii.Bytes(head + "\r\n");
            _transfer.Activity("sending the HTTP request");
            _transfer.Write(_stream, bytes, 0, bytes.Length);
            if (content != null)
            {
                _transfer.Activity("sending data");
                for (int offset = 0; offset < content.Length; offset += BufferBytes)
                {
                    _transfer.Write(_stream, content, offset, content.Length - offset < BufferBytes ? content.Length - offset : BufferBytes);
                }
            }

            do
            {
                ReadHead();
            }
            while (_status / 100 == 1);
        }

        private TransferUrl Follow(TransferUrl from, int redirects)
        {
            if (_location.Length == 0)
            {
                throw Refused();
            }

            if (redirects == MaxRedirects)
            {
                throw new TransferFailure("http: more than " + MaxRedirects.ToString() + " redirects");
            }

            _transfer.Close(_stream);
            string location = _location;
            if (location.StartsWith("//"))
            {
                location = from.Scheme + ":" + location;
            }
            else if (location.StartsWith("/"))
            {
                location = from.Scheme + "://" + from.HostHeader() + location;
            }

            string error;
            TransferUrl next = TransferUrl.Parse(location, out error);
            if (next == null || next.Scheme == "ftp")
            {
                throw new TransferFailure("http: cannot follow the redirect" + (next == null ? ": " + error : " to ftp"));
            }

            return next.User.Length == 0 && next.Scheme == from.Scheme && next.Host == from.Host && next.Port == from.Port
                ? next.WithCredentials(from)
                : next;
        }

        private TransferFailure Refused()
        {
            return new TransferFailure("http: " + _status.ToString() + (_reason.Length > 0 ? " " + _reason : ""));
        }

        private void ReadHead()
        {
            _transfer.Activity("waiting for the HTTP response");
            if (!_reader.ReadLine())
            {
                throw new TransferFailure("http: connection closed before the response");
            }

            ReadStatusLine(_reader.Buffer, _reader.LineStart, _reader.LineEnd);
            _length = -1;
            _chunked = false;
            _location = "";
            while (true)
            {
                if (!_reader.ReadLine())
                {
                    throw new TransferFailure("http: connection closed in the response header");
                }

                if (_reader.LineEnd == _reader.LineStart)
                {
                    return;
                }

                ReadHeader(_reader.Buffer, _reader.LineStart, _reader.LineEnd);
            }
        }

        /// <summary>"HTTP/1.1 404 Not Found": the status and its reason.</summary>
        private void ReadStatusLine(byte[] line, int start, int end)
        {
            int space = start;
            while (space < end && line[space] != ' ')
            {
                space++;
            }

            int code = space + 1;
            if (space - start < 6 || line[start] != 'H' || line[start + 1] != 'T' || line[start + 2] != 'T' || line[start + 3] != 'P' || line[start + 4] != '/'
                || end - code < 3 || Ascii.Decimal(line, code, code + 3) < 100 || (end > code + 3 && line[code + 3] != ' '))
            {
                throw new TransferFailure("http: malformed status line");
            }

            _status = (int)Ascii.Decimal(line, code, code + 3);
            _reason = Ascii.Text(line, code + 3, end, ReasonBytes);
        }

        private void ReadHeader(byte[] line, int start, int end)
        {
            int colon = start;
            while (colon < end && line[colon] != ':')
            {
                colon++;
            }

            if (colon == end)
            {
                return;
            }

            int nameEnd = Ascii.TrimEnd(line, start, colon);
            int value = Ascii.SkipSpaces(line, colon + 1, end);
            int valueEnd = Ascii.TrimEnd(line, value, end);
            if (Ascii.EqualsIgnoreCase(line, start, nameEnd, ContentLengthName))
            {
                _length = Ascii.Decimal(line, value, valueEnd);
                if (_length < 0)
                {
                    throw new TransferFailure("http: malformed Content-Length");
                }
            }
            else if (Ascii.EqualsIgnoreCase(line, start, nameEnd, TransferEncodingName))
            {
                // Nothing asked for a coding, so anything but a final "chunked" cannot be read.
                _chunked = valueEnd - value >= Chunked.Length && Ascii.EqualsIgnoreCase(line, valueEnd - Chunked.Length, valueEnd, Chunked);
                if (!_chunked)
                {
                    throw new TransferFailure("http: unsupported Transfer-Encoding");
                }
            }
            else if (Ascii.EqualsIgnoreCase(line, start, nameEnd, LocationName))
            {
                if (_reader.Truncated)
                {
                    throw new TransferFailure("http: Location too long");
                }

                _location = Encoding.UTF8.GetString(line, value, valueEnd - value);
            }
        }

        private void ReceiveBody(Download sink)
        {
            _transfer.Activity("receiving data");
            if (_status == 204)
            {
                return;
            }

            if (_chunked)
            {
                ReceiveChunks(sink);
                return;
            }

            long limit = _length >= 0 ? _length : long.MaxValue;
            long received = Receive(sink, limit);
            if (_length >= 0 && received < _length)
            {
                throw new TransferFailure("connection closed after " + received.ToString() + " of " + _length.ToString() + " bytes");
            }
        }

        private void ReceiveChunks(Download sink)
        {
            long received = 0;
            while (true)
            {
                if (!_reader.ReadLine())
                {
                    throw ClosedAfter(received);
                }

                long size = ChunkSize(_reader.Buffer, _reader.LineStart, _reader.LineEnd);
                if (size == 0)
                {
                    SkipTrailer();
                    return;
                }

                long got = Receive(sink, size);
                received += got;
                if (got < size || !_reader.ReadLine())
                {
                    throw ClosedAfter(received);
                }

                if (_reader.LineEnd != _reader.LineStart)
                {
                    throw new TransferFailure("http: malformed chunked body");
                }
            }
        }

        /// <summary>The hex size that starts a chunk line (extensions after ';' ignored).</summary>
        private static long ChunkSize(byte[] line, int start, int end)
        {
            long size = 0;
            int i = start;
            while (i < end && HexDigit.Value(line[i]) >= 0)
            {
                size = size * 16 + HexDigit.Value(line[i]);
                i++;
            }

            int rest = Ascii.SkipSpaces(line, i, end);
            if (i == start || i - start > 15 || (rest < end && line[rest] != ';'))
            {
                throw new TransferFailure("http: malformed chunk size");
            }

            return size;
        }

        /// <summary>Trailer fields up to the blank line; a server that closes instead has still sent the whole body.</summary>
        private void SkipTrailer()
        {
            while (_reader.ReadLine() && _reader.LineEnd != _reader.LineStart)
            {
            }
        }

        private long Receive(Download sink, long limit)
        {
            long received = 0;
            while (received < limit)
            {
                int offset;
                int n = _reader.Next(limit - received < BufferBytes ? (int)(limit - received) : BufferBytes, out offset);
                if (n == 0)
                {
                    break;
                }

                received += n;
                sink.Put(_reader.Buffer, offset, n);
            }

            return received;
        }

        private static TransferFailure ClosedAfter(long received)
        {
            return new TransferFailure("connection closed after " + received.ToString() + " bytes");
        }
    }
}
