using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NanoEvse.Csms
{
    /// <summary>The OCPP-J rules for an RFC 6455 upgrade request: path, WebSocket headers, subprotocol and Basic auth.</summary>
    internal static class UpgradeRules
    {
        public const string Subprotocol = "ocpp1.6";

        /// <param name="target">The request target as it came, undecoded, so that %2F inside an id is not a path separator.</param>
        public static UpgradeDecision Decide(HttpContext context, string target, CsmsOptions options)
        {
            HttpRequest request = context.Request;
            if (request.Method != "GET")
            {
                return Refuse(405, "method " + request.Method + " is not GET");
            }

            string chargePointId = ChargePointIdFrom(target, options.PathPrefix);
            if (chargePointId == null)
            {
                return Refuse(404, "path " + target + " is not " + options.PathPrefix + "{chargePointId}");
            }

            if (!HasToken(Header(request, "Upgrade"), "websocket", StringComparison.OrdinalIgnoreCase)
                || !HasToken(Header(request, "Connection"), "upgrade", StringComparison.OrdinalIgnoreCase)
                || !IsValidKey(Header(request, "Sec-WebSocket-Key")))
            {
                return Refuse(400, "not a WebSocket upgrade");
            }

            if (Header(request, "Sec-WebSocket-Version") != "13")
            {
                return Refuse(426, "Sec-WebSocket-Version is not 13");
            }

            if (!HasToken(Header(request, "Sec-WebSocket-Protocol"), Subprotocol, StringComparison.Ordinal))
            {
                return Refuse(400, "Sec-WebSocket-Protocol does not offer " + Subprotocol);
            }

            if (options.AuthorizationKeys.TryGetValue(chargePointId, out string password)
                && !IsAuthorized(Header(request, "Authorization"), chargePointId, password))
            {
                return Refuse(401, "Basic authentication missing or wrong");
            }

            // The headers pass; Kestrel still declines to switch some requests (HTTP/1.0, a request with a body).
            if (!context.WebSockets.IsWebSocketRequest)
            {
                return Refuse(400, "not a WebSocket upgrade");
            }

            return new UpgradeDecision { Status = StatusCodes.Status101SwitchingProtocols, ChargePointId = chargePointId };
        }

        /// <summary>The header's value, repeated headers joined with commas; null when absent.</summary>
        private static string Header(HttpRequest request, string name)
        {
            return request.Headers[name];
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
    }
}
