using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Authorization
{
    /// <summary>
    /// idTag and parentIdTag values (IdToken, a CiString20). OCPP defines a CiString as printable ASCII compared
    /// without regard to case; any content is allowed within that, so nothing here assumes hex card numbers.
    /// </summary>
    public static class IdToken
    {
        public const int MaxLength = 20;

        /// <summary>Reads an IdToken field: a string of at most 20 characters.</summary>
        public static string Read(JsonReader reader, string field)
        {
            return reader.ReadString(field, MaxLength);
        }

        /// <summary>Whether two tokens are the same identifier (ASCII letters compared without case).</summary>
        public static bool Same(string a, string b)
        {
            if (a == null || b == null)
            {
                return a == null && b == null;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (Fold(a[i]) != Fold(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="token"/> is a CiString20: at most 20 printable ASCII characters.</summary>
        public static bool IsCiString20(string token)
        {
            if (token == null || token.Length > MaxLength)
            {
                return false;
            }

            for (int i = 0; i < token.Length; i++)
            {
                if (token[i] < ' ' || token[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private static char Fold(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }
    }
}
