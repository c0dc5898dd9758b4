using System.IO;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// One FTP session (RFC 959) in passive mode, binary type: log in, fetch or store one file, quit.
    /// </summary>
    /// <remarks>
    /// The URL's path is taken relative to the login directory as RFC 1738 says (its leading '/' dropped, "%2F" for
    /// an absolute path) and sent whole in one command rather than one CWD per segment.
    /// The data connection always goes to the control connection's host: only the port of a 227 reply is used. A
    /// server behind NAT often announces a private address the charger cannot reach, and honouring the address would
    /// let a server point the charger at any other machine (FTP bounce); a server whose data really lives elsewhere is
    /// not served.
    /// </remarks>
    internal sealed class FtpClient
    {
        private const int ReplyLineBytes = 512;
        private const int DataBytes = 1024;
        private const int ReplyTextBytes = 120;
        private const string AwaitingReply = "waiting for the FTP reply";
        private const string SendingCommand = "sending an FTP command";

        private readonly Transfer _transfer;
        private readonly TransferUrl _url;
        private readonly byte[] _text = new byte[ReplyTextBytes];
        private Stream _control;
        private LineReader _replies;
        private int _code;
        private int _textLength;

        public FtpClient(Transfer transfer, TransferUrl url)
        {
            _transfer = transfer;
            _url = url;
        }

        public void Retrieve(Download sink)
        {
            string path = RemotePath(_url.Path);
            LogIn();
            long size = Size(path);
            Stream data = _transfer.Open(_url.Host, Passive(), false);
            Command("RETR " + path);
            if (_code / 100 != 1 && _code / 100 != 2)
            {
                throw Refused();
            }

            // Usually 150 now and 226 after the data; a server that confirms at once has sent its last word.
            bool final = _code / 100 == 2;
            long received = Receive(data, sink);
            _transfer.Close(data);
            if (size >= 0 && received < size)
            {
                throw new TransferFailure("connection closed after " + received.ToString() + " of " + size.ToString() + " bytes");
            }

            if (!final)
            {
                ReadReply();
                if (_code / 100 != 2)
                {
                    throw Refused();
                }
            }

            Quit();
        }

        /// <summary>Stores <paramref name="content"/> at the URL's path, or as <paramref name="fileName"/> in the directory it names.</summary>
        public void Store(string fileName, byte[] content)
        {
            string path = RemotePath(_url.NamesDirectory ? _url.Path + fileName : _url.Path);
            LogIn();
            Stream data = _transfer.Open(_url.Host, Passive(), false);
            Command("STOR " + path);
            if (_code / 100 != 1)
            {
                throw Refused();
            }

            _transfer.Activity("sending data");
            for (int offset = 0; offset < content.Length; offset += DataBytes)
            {
                _transfer.Write(data, content, offset, content.Length - offset < DataBytes ? content.Length - offset : DataBytes);
            }

            // Closing the data connection marks the end of the file; the server confirms it on the control connection.
            _transfer.Close(data);
            ReadReply();
            if (_code / 100 != 2)
            {
                throw Refused();
            }

            Quit();
        }

        private static string RemotePath(string urlPath)
        {
            return urlPath.StartsWith("/") ? urlPath.Substring(1) : urlPath;
        }

        private void LogIn()
        {
            _control = _transfer.Open(_url.Host, _url.Port, false);
            _replies = new LineReader(_transfer, _control, new byte[ReplyLineBytes]);
            ReadReply();
            if (_code == 120)
            {
                // "Service ready in n minutes": the 220 follows on the same connection.
                ReadReply();
            }

            Require(2);
            Command("USER " + _url.User);
            if (_code == 331)
            {
                Command("PASS " + _url.Password);
            }

            Require(2);
            Command("TYPE I");
            Require(2);
        }

        /// <summary>The file's size from SIZE (RFC 3659), or -1 when the server does not say.</summary>
        private long Size(string path)
        {
            Command("SIZE " + path);
            return _code == 213 ? Ascii.Decimal(_text, 0, _textLength) : -1;
        }

        /// <summary>The data port from PASV, or from EPSV (RFC 2428) when PASV is refused.</summary>
        private int Passive()
        {
            Command("PASV");
            if (_code == 227)
            {
                return Checked(PassiveReply.PasvPort(_text, _textLength));
            }

            if (_code / 100 == 5)
            {
                Command("EPSV");
                if (_code == 229)
                {
                    return Checked(PassiveReply.EpsvPort(_text, _textLength));
                }
            }

            throw Refused();
        }

        private int Checked(int port)
        {
            if (port <= 0)
            {
                throw new TransferFailure("ftp: malformed reply " + _code.ToString() + " " + Ascii.Text(_text, 0, _textLength, ReplyTextBytes));
            }

            return port;
        }

        private long Receive(Stream data, Download sink)
        {
            byte[] buffer = new byte[DataBytes];
            long received = 0;
            _transfer.Activity("receiving data");
            while (true)
            {
                int n = _transfer.Read(data, buffer, 0, buffer.Length);
                if (n <= 0)
                {
                    return received;
                }

                received += n;
                sink.Put(buffer, 0, n);
            }
        }

        private void Quit()
        {
            // The file has gone through; the goodbye is a courtesy, so its reply is not awaited and a failure is no error.
            try
            {
                Send("QUIT");
            }
            catch (System.Exception)
            {
            }

            _transfer.Close(_control);
        }

        private void Command(string command)
        {
            Send(command);
            ReadReply();
        }

        private void Send(string command)
        {
            byte[] bytes = Ascii.Bytes(command + "\r\n");
            _transfer.Activity(SendingCommand);
            _transfer.Write(_control, bytes, 0, bytes.Length);
        }

        private void Require(int replyClass)
        {
            if (_code / 100 != replyClass)
            {
                throw Refused();
            }
        }

        private TransferFailure Refused()
        {
            string text = Ascii.Text(_text, 0, _textLength, ReplyTextBytes);
            return new TransferFailure("ftp: " + _code.ToString() + (text.Length > 0 ? " " + text : ""));
        }

        /// <summary>
        /// Reads one reply, all lines of a multi-line one ("123-" up to "123 "); keeps its code and the text of its
        /// first line (or of the last, when the first has none).
        /// </summary>
        private void ReadReply()
        {
            _transfer.Activity(AwaitingReply);
            ReadReplyLine();
            byte[] line = _replies.Buffer;
            int start = _replies.LineStart;
            int end = _replies.LineEnd;
            if (end - start < 3 || line[start] < '1' || line[start] > '5' || !Ascii.IsDigit(line[start + 1]) || !Ascii.IsDigit(line[start + 2])
                || (end - start > 3 && line[start + 3] != ' ' && line[start + 3] != '-'))
            {
                throw new TransferFailure("ftp: malformed reply");
            }

            _code = (int)Ascii.Decimal(line, start, start + 3);
            KeepText(line, start + 4, end);
            if (end - start == 3 || line[start + 3] == ' ')
            {
                return;
            }

            byte first = line[start];
            byte second = line[start + 1];
            byte third = line[start + 2];
            while (true)
            {
                ReadReplyLine();
                line = _replies.Buffer;
                start = _replies.LineStart;
                end = _replies.LineEnd;
                if (end - start >= 3 && line[start] == first && line[start + 1] == second && line[start + 2] == third
                    && (end - start == 3 || line[start + 3] == ' '))
                {
                    if (_textLength == 0)
                    {
                        KeepText(line, start + 4, end);
                    }

                    return;
                }
            }
        }

        private void ReadReplyLine()
        {
            if (!_replies.ReadLine())
            {
                throw new TransferFailure("ftp: connection closed before the reply");
            }
        }

        private void KeepText(byte[] line, int start, int end)
        {
            start = Ascii.SkipSpaces(line, start, end);
            int n = Ascii.TrimEnd(line, start, end) - start;
            _textLength = n < 0 ? 0 : (n > _text.Length ? _text.Length : n);
            System.Array.Copy(line, start < end ? start : 0, _text, 0, _textLength);
        }
    }
}
