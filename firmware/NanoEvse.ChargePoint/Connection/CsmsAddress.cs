using System;
using System.Text;

using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Connection
{
    /// <summary>
    /// A CSMS endpoint URL. OCPP-J puts the charge point id in the last path segment, so the URL alone
    /// names both the server and the charger.
    /// </summary>
    public sealed class CsmsAddress
    {
        public readonly string Url;
        public readonly string ChargePointId;
        public readonly bool Secure;

        private CsmsAddress(string url, string chargePointId, bool secure)
        {
            Url = url;
            ChargePointId = chargePointId;
            Secure = secure;
        }

        /// <summary>Parses a ws:// or wss:// URL; on failure returns null and says why in <paramref name="error"/>.</summary>
        public static CsmsAddress Parse(string url, out string error)
        {
            error = null;
            if (url == null || url.Length == 0)
            {
                error = "no CSMS URL given";
                return null;
            }

            bool secure;
            int hostStart;
            if (url.StartsWith("ws://"))
            {
                secure = false;
                hostStart = 5;
            }
            else if (url.StartsWith("wss://"))
            {
                secure = true;
                hostStart = 6;
            }
            else
            {
                error = "the CSMS URL must start with ws:// or wss://";
                return null;
            }

            int pathStart = url.IndexOf('/', hostStart);
            if (pathStart == hostStart || (pathStart < 0 && url.Length == hostStart))
            {
                error = "the CSMS URL has no host";
                return null;
            }

            if (url.IndexOf('?') >= 0 || url.IndexOf('#') >= 0 || url.IndexOf(' ') >= 0)
            {
                error = "the CSMS URL must not contain a query, a fragment or spaces";
                return null;
            }

            int lastSlash = url.LastIndexOf('/');
            if (pathStart < 0 || lastSlash == url.Length - 1)
            {
                error = "the CSMS URL must end with the charge point id, e.g. ws://host:9000/ocpp/CP001";
                return null;
            }

            string id = PercentDecode(url.Substring(lastSlash + 1));
            if (id == null)
            {
                error = "the charge point id in the CSMS URL has a bad %-escape";
                return null;
            }

            if (id.Length > 48)
            {
                error = "the charge point id is longer than 48 characters";
                return null;
            }

            return new CsmsAddress(url, id, secure);
        }

        /// <summary>The HTTP Basic credentials OCPP security profile 1 and 2 use: id and AuthorizationKey.</summary>
        public string BasicAuthorization(string authorizationKey)
        {
            byte[] credentials = Encoding.UTF8.GetBytes(ChargePointId + ":" + authorizationKey);
            return "Basic " + Convert.ToBase64String(credentials);
        }

        private static string PercentDecode(string text)
        {
            if (text.IndexOf('%') < 0)
            {
                return text;
            }

            byte[] raw = Encoding.UTF8.GetBytes(text);
            byte[] decoded = new byte[raw.Length];
            int length = 0;
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] != (byte)'%')
                {
                    decoded[length++] = raw[i];
                    continue;
                }

                if (i + 2 >= raw.Length)
                {
                    return null;
                }

                int high = HexDigit.Value(raw[i + 1]);
                int low = HexDigit.Value(raw[i + 2]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                decoded[length++] = (byte)(high * 16 + low);
                i += 2;
            }

            return Encoding.UTF8.GetString(decoded, 0, length);
        }
    }
}
