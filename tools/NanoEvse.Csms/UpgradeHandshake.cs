using System;
using System.Security.Cryptography;
using System.Text;

namespace NanoEvse.Csms
{
    /// <summary>The outcome of checking one upgrade request: accepted for a charge point, or an HTTP error status.</summary>
    internal sealed class UpgradeDecision
    {
        public int Status;
        public string Reason;
        public string ChargePointId;
        public string Key;

        public bool Accepted => Status == 101;
    }

    /// <summary>The server side of the RFC 6455 opening handshake, with the OCPP-J rules on path, subprotocol and Basic auth.</summary>
    internal static class UpgradeHandshake
    {
        public const string Subprotocol = "ocpp1.6";

        private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

        public static UpgradeDecision Decide(UpgradeRequest request, CsmsOptions options)
        {
            if (request == null)
            {
                return Refuse(400, "not an HTTP request");
            }

            if (request.Method != "GET")
            {
                return Refuse(405, "method " + request.Method + " is not GET");
            }

            string chargePointId = ChargePointIdFrom(request.Target, options.PathPrefix);
            if (chargePointId == null)
            {
                return Refuse(404, "path " + request.Target + " is not " + options.PathPrefix + "{chargePointId}");
            }

            string key = request.Header("Sec-WebSocket-Key");
            if (!HasToken(request.Header("Upgrade"), "websocket", StringComparison.OrdinalIgnoreCase)
                || !HasToken(request.Header("Connection"), "upgrade", StringComparison.OrdinalIgnoreCase)
                || !IsValidKey(key))
            {
                return Refuse(400, "not a WebSocket upgrade");
            }

            if (request.Header("Sec-WebSocket-Version") != "13")
            {
                return Refuse(426, "Sec-WebSocket-Version is not 13");
            }

            if (!HasToken(request.Header("Sec-WebSocket-Protocol"), Subprotocol, StringComparison.Ordinal))
            {
                return Refuse(400, "Sec-WebSocket-Protocol does not offer " + Subprotocol);
            }

            if (options.AuthorizationKeys.TryGetValue(chargePointId, out string password)
                && !IsAuthorized(request.Header("Authorization"), chargePointId, password))
            {
                return Refuse(401, "Basic authentication missing or wrong");
            }

            return new UpgradeDecision { Status = 101, ChargePointId = chargePointId, Key = key };
        }

        public static byte[] AcceptResponse(string key)
        {
            string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
            return Encoding.ASCII.GetBytes(
                "HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n"
                + "Sec-WebSocket-Protocol: " + Subprotocol + "\r\n\r\n");
        }

        public static byte[] RefusalResponse(UpgradeDecision decision)
        {
            string extra = decision.Status switch
            {
                401 => "WWW-Authenticate: Basic realm=\"OCPP\"\r\n",
                426 => "Sec-WebSocket-Version: 13\r\n",
                _ => string.Empty
            };
            byte[] body = Encoding.UTF8.GetBytes(decision.Reason + "\n");
            string head = "HTTP/1.1 " + decision.Status + " " + StatusText(decision.Status) + "\r\n"
                + extra
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.Length + "\r\n"
                + "Connection: close\r\n\r\n";
            byte[] response = new byte[Encoding.ASCII.GetByteCount(head) + body.Length];
            int headLength = Encoding.ASCII.GetBytes(head, 0, head.Length, response, 0);
            body.CopyTo(response, headLength);
            return response;
        }

        /// <summary>The percent-decoded last segment of the path under <paramref name="prefix"/>, or null.</summary>
        private static string ChargePointIdFrom(string target, string prefix)
        {
            int end = target.IndexOfAny(new[] { '?', '#' });
            string path = end < 0 ? target : target.Substring(0, end);
            if (!prefix.EndsWith('/'))
            {
                prefix += "/";
            }

            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            string segment = path.Substring(path.LastIndexOf('/') + 1);
            if (segment.Length == 0)
            {
                return null;
            }

            string id = Uri.UnescapeDataString(segment);
            return id.Length == 0 ? null : id;
        }

        private static bool HasToken(string headerValue, string token, StringComparison comparison)
        {
            if (headerValue == null)
            {
                return false;
            }

            foreach (string part in headerValue.Split(','))
            {
                if (string.Equals(part.Trim(), token, comparison))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsValidKey(string key)
        {
            var decoded = new byte[24];
            return key != null && Convert.TryFromBase64String(key, decoded, out int length) && length == 16;
        }

        /// <summary>user must be the charge point id and password the configured key (OCPP 1.6 security profile 1).</summary>
        private static bool IsAuthorized(string header, string chargePointId, string password)
        {
            const string scheme = "Basic ";
            if (header == null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            byte[] credentials;
            try
            {
                credentials = Convert.FromBase64String(header.Substring(scheme.Length).Trim());
            }
            catch (FormatException)
            {
                return false;
            }

            byte[] expected = Encoding.UTF8.GetBytes(chargePointId + ":" + password);
            return CryptographicOperations.FixedTimeEquals(credentials, expected);
        }

        private static UpgradeDecision Refuse(int status, string reason)
        {
            return new UpgradeDecision { Status = status, Reason = reason };
        }

        private static string StatusText(int status)
        {
            return status switch
            {
                400 => "Bad Request",
                401 => "Unauthorized",
                404 => "Not Found",
                405 => "Method Not Allowed",
                426 => "Upgrade Required",
                _ => "Error"
            };
        }
    }
}
