using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NanoEvse.Csms
{
    /// <summary>The request line and headers of an HTTP/1.1 upgrade request.</summary>
    internal sealed class UpgradeRequest
    {
        private const int MaxHeadBytes = 16 * 1024;

        private readonly Dictionary<string, string> _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public string Method { get; private set; }

        public string Target { get; private set; }

        /// <summary>The header's value; repeated headers are joined with ", " as HTTP allows. Null when absent.</summary>
        public string Header(string name)
        {
            return _headers.TryGetValue(name, out string value) ? value : null;
        }

        /// <summary>
        /// Reads up to the blank line that ends the head, byte by byte so that nothing of the WebSocket stream behind it
        /// is consumed. Null when the peer closed early or sent something that is not an HTTP request.
        /// </summary>
        public static async Task<UpgradeRequest> ReadAsync(Stream stream, CancellationToken cancel)
        {
            var head = new MemoryStream();
            var one = new byte[1];
            int matched = 0;
            while (matched < 4)
            {
                if (head.Length >= MaxHeadBytes || await stream.ReadAsync(one, cancel) == 0)
                {
                    return null;
                }

                head.WriteByte(one[0]);
                matched = one[0] == (matched % 2 == 0 ? (byte)'\r' : (byte)'\n') ? matched + 1 : (one[0] == '\r' ? 1 : 0);
            }

            return Parse(Encoding.Latin1.GetString(head.GetBuffer(), 0, (int)head.Length - 4));
        }

        private static UpgradeRequest Parse(string head)
        {
            string[] lines = head.Split("\r\n");
            string[] requestLine = lines[0].Split(' ');
            if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
            {
                return null;
            }

            var request = new UpgradeRequest { Method = requestLine[0], Target = requestLine[1] };
            for (int i = 1; i < lines.Length; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon <= 0)
                {
                    return null;
                }

                string name = lines[i].Substring(0, colon).Trim();
                string value = lines[i].Substring(colon + 1).Trim();
                request._headers[name] = request._headers.TryGetValue(name, out string earlier) ? earlier + ", " + value : value;
            }

            return request;
        }
    }
}
