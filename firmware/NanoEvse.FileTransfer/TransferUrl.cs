namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// A file location as UpdateFirmware and GetDiagnostics give it: ftp, http or https, with optional user and
    /// password. Parsed from a char[] (never by string index, which is linear on nanoCLR).
    /// </summary>
    public sealed class TransferUrl
    {
        public const string AnonymousUser = "anonymous";

        /// <summary>The customary anonymous-FTP password: an address-like token.</summary>
        public const string AnonymousPassword = "nanoevse@";

        private static readonly char[] TypeCode = { ';', 't', 'y', 'p', 'e', '=' };

        private TransferUrl()
        {
        }

        /// <summary>"ftp", "http" or "https".</summary>
        public string Scheme { get; private set; }

        /// <summary>A name or an address; an IPv6 address without its brackets.</summary>
        public string Host { get; private set; }

        public int Port { get; private set; }

        /// <summary>The path with its escapes decoded, from its leading '/' ("" when the URL has none).</summary>
        public string Path { get; private set; }

        /// <summary>The user, decoded; "" when the URL names none (anonymous for ftp).</summary>
        public string User { get; private set; }

        /// <summary>The password, decoded; "" when the URL gives none.</summary>
        public string Password { get; private set; }

        /// <summary>What an HTTP request line carries: the path and query as the URL writes them ("/" when empty).</summary>
        public string Target { get; private set; }

        /// <summary>The URL parsed, or null with <paramref name="error"/> saying what is wrong with it.</summary>
        public static TransferUrl Parse(string url, out string error)
        {
            error = "";
            if (url == null || url.Length == 0)
            {
                error = "empty URL";
                return null;
            }

            char[] c = url.ToCharArray();
            int n = c.Length;
            for (int i = 0; i < n; i++)
            {
                if (c[i] <= ' ' || c[i] >= 0x7F)
                {
                    error = "URL contains a space, a control or a non-ASCII character";
                    return null;
                }
            }

            int colon = IndexOf(c, ':', 0, n);
            if (colon < 1 || colon + 2 >= n || c[colon + 1] != '/' || c[colon + 2] != '/' || !IsSchemeName(c, colon))
            {
                error = "not a URL (scheme://host/path expected)";
                return null;
            }

            TransferUrl parsed = new TransferUrl();
            parsed.Scheme = LowerCase(c, 0, colon);
            int defaultPort = DefaultPort(parsed.Scheme);
            if (defaultPort == 0)
            {
                error = parsed.Scheme == "ftps" ? "ftps is not supported" : "unsupported scheme " + parsed.Scheme;
                return null;
            }

            int authorityStart = colon + 3;
            int authorityEnd = IndexOfAny3(c, '/', '?', '#', authorityStart, n);
            int pathEnd = IndexOfAny3(c, '?', '#', '#', authorityEnd, n);
            int queryEnd = IndexOfAny3(c, '#', '#', '#', pathEnd, n);
            error = parsed.ReadAuthority(c, authorityStart, authorityEnd, defaultPort);
            if (error.Length == 0)
            {
                error = parsed.ReadPath(c, authorityEnd, pathEnd, queryEnd);
            }

            return error.Length == 0 ? parsed : null;
        }

        /// <summary>Whether the path names a directory (ends in '/'), so an upload appends its file name.</summary>
        internal bool NamesDirectory
        {
            get { return Path.Length == 0 || Path.EndsWith("/"); }
        }

        /// <summary>The request target of an upload: the URL's, or with the escaped file name appended to a directory.</summary>
        internal string UploadTarget(string fileName)
        {
            if (!NamesDirectory)
            {
                return Target;
            }

            int query = Target.IndexOf('?');
            string name = PercentEncoding.Encode(fileName);
            return query < 0 ? Target + name : Target.Substring(0, query) + name + Target.Substring(query);
        }

        /// <summary>This location with the user and password of <paramref name="origin"/> (a redirect within one server).</summary>
        internal TransferUrl WithCredentials(TransferUrl origin)
        {
            TransferUrl copy = (TransferUrl)MemberwiseClone();
            copy.User = origin.User;
            copy.Password = origin.Password;
            return copy;
        }

        /// <summary>The host as a Host header writes it, with the port unless it is the scheme's default.</summary>
        internal string HostHeader()
        {
            string host = Host.IndexOf(':') >= 0 ? "[" + Host + "]" : Host;
            return Port == DefaultPort(Scheme) ? host : host + ":" + Port.ToString();
        }

        internal static int DefaultPort(string scheme)
        {
            if (scheme == "ftp")
            {
                return 21;
            }

            if (scheme == "http")
            {
                return 80;
            }

            return scheme == "https" ? 443 : 0;
        }

        private string ReadAuthority(char[] c, int start, int end, int defaultPort)
        {
            User = Scheme == "ftp" ? AnonymousUser : "";
            Password = Scheme == "ftp" ? AnonymousPassword : "";
            int at = LastIndexOf(c, '@', start, end);
            if (at >= 0)
            {
                int split = IndexOf(c, ':', start, at);
                User = PercentEncoding.Decode(c, start, split < 0 ? at : split);
                Password = split < 0 ? "" : PercentEncoding.Decode(c, split + 1, at);
                if (User == null || Password == null)
                {
                    return "bad percent escape in the URL's user or password";
                }

                if (HasLineBreak(User) || HasLineBreak(Password))
                {
                    return "URL's user or password contains a line break";
                }

                start = at + 1;
            }

            int portColon;
            if (start < end && c[start] == '[')
            {
                int close = IndexOf(c, ']', start, end);
                if (close < 0 || (close + 1 < end && c[close + 1] != ':'))
                {
                    return "bad IPv6 address in the URL";
                }

                Host = new string(c, start + 1, close - start - 1);
                portColon = close + 1 < end ? close + 1 : -1;
            }
            else
            {
                portColon = IndexOf(c, ':', start, end);
                Host = new string(c, start, (portColon < 0 ? end : portColon) - start);
            }

            if (Host.Length == 0)
            {
                return "no host in the URL";
            }

            Port = defaultPort;
            if (portColon >= 0 && portColon + 1 < end)
            {
                Port = ParsePort(c, portColon + 1, end);
                if (Port == 0)
                {
                    return "bad port in the URL";
                }
            }

            return "";
        }

        private string ReadPath(char[] c, int start, int end, int queryEnd)
        {
            Target = end > start ? new string(c, start, end - start) : "/";
            if (end < queryEnd)
            {
                Target = Target + new string(c, end, queryEnd - end);
            }

            int decodeEnd = end;
            if (Scheme == "ftp")
            {
                // RFC 1738's ";type=i" asks for the binary type, which is the only one used anyway.
                int semicolon = LastIndexOf(c, ';', start, end);
                if (semicolon >= 0 && StartsWith(c, semicolon, end, TypeCode))
                {
                    decodeEnd = semicolon;
                }
            }

            Path = PercentEncoding.Decode(c, start, decodeEnd);
            if (Path == null)
            {
                return "bad percent escape in the URL's path";
            }

            return HasLineBreak(Path) ? "URL's path contains a line break" : "";
        }

        private static bool HasLineBreak(string s)
        {
            return s.IndexOf('\r') >= 0 || s.IndexOf('\n') >= 0;
        }

        private static bool IsSchemeName(char[] c, int end)
        {
            for (int i = 0; i < end; i++)
            {
                int lower = Ascii.Lower(c[i]);
                bool letter = lower >= 'a' && lower <= 'z';
                if (!letter && (i == 0 || !(Ascii.IsDigit(c[i]) || c[i] == '+' || c[i] == '-' || c[i] == '.')))
                {
                    return false;
                }
            }

            return true;
        }

        private static string LowerCase(char[] c, int start, int end)
        {
            char[] lower = new char[end - start];
            for (int i = start; i < end; i++)
            {
                lower[i - start] = (char)Ascii.Lower(c[i]);
            }

            return new string(lower);
        }

        /// <summary>1 to 65535, or 0 when chars [start, end) are not such a number.</summary>
        private static int ParsePort(char[] c, int start, int end)
        {
            if (end - start > 5)
            {
                return 0;
            }

            int port = 0;
            for (int i = start; i < end; i++)
            {
                if (!Ascii.IsDigit(c[i]))
                {
                    return 0;
                }

                port = port * 10 + (c[i] - '0');
            }

            return port <= 65535 ? port : 0;
        }

        private static bool StartsWith(char[] c, int start, int end, char[] prefix)
        {
            if (end - start < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (Ascii.Lower(c[start + i]) != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOf(char[] c, char wanted, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (c[i] == wanted)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int LastIndexOf(char[] c, char wanted, int start, int end)
        {
            for (int i = end - 1; i >= start; i--)
            {
                if (c[i] == wanted)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The first of three chars in [start, end), or end when none is there.</summary>
        private static int IndexOfAny3(char[] c, char a, char b, char d, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (c[i] == a || c[i] == b || c[i] == d)
                {
                    return i;
                }
            }

            return end;
        }
    }
}
