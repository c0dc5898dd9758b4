using System;
using System.Globalization;
using NanoEvse.ChargePoint.Connection;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The emulator's check of a --csms URL: the firmware's own parse, then the host and port, which the device's
    /// parser leaves to its network stack; a bad one would otherwise be retried forever.
    /// </summary>
    public static class CsmsUrlCheck
    {
        /// <summary>Null when the URL can be used, otherwise why not.</summary>
        public static string Problem(string url)
        {
            if (CsmsAddress.Parse(url, out string error) == null)
            {
                return error;
            }

            int hostStart = url.IndexOf("//", StringComparison.Ordinal) + 2;
            string authority = url.Substring(hostStart, url.IndexOf('/', hostStart) - hostStart);
            if (authority.IndexOf('@') >= 0)
            {
                return "the CSMS URL must not carry credentials; give the password with --auth-key";
            }

            // An IPv6 literal is bracketed, so the port's colon is the last one after the closing bracket.
            int colon = authority.LastIndexOf(':');
            string host = colon > authority.LastIndexOf(']') ? authority.Substring(0, colon) : authority;
            if (host.Length == 0)
            {
                return "the CSMS URL has no host";
            }

            if (host.Length < authority.Length)
            {
                string port = authority.Substring(colon + 1);
                if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > 65535)
                {
                    return "the port '" + port + "' is not a number from 1 to 65535";
                }
            }

            return Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown ? "the host '" + host + "' is not a valid host name or address" : null;
        }
    }
}
