namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>How configuration values are written as text and checked against their key.</summary>
    public static class ConfigValues
    {
        public static bool IsTrue(string value)
        {
            return value != null && value.ToLower() == "true";
        }

        public static bool IsBool(string value)
        {
            if (value == null)
            {
                return false;
            }

            string lower = value.ToLower();
            return lower == "true" || lower == "false";
        }

        /// <summary>Parses an optionally signed base-10 integer with no spaces or other characters.</summary>
        public static bool TryParseInt(string text, out int value)
        {
            value = 0;
            if (text == null || text.Length == 0 || text.Length > 11)
            {
                return false;
            }

            bool negative = text[0] == '-';
            int start = negative || text[0] == '+' ? 1 : 0;
            if (start == text.Length)
            {
                return false;
            }

            long result = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                result = result * 10 + (c - '0');
            }

            if (negative)
            {
                result = -result;
            }

            if (result < int.MinValue || result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>Number of items in a comma-separated list; an empty value has none.</summary>
        public static int CountItems(string list)
        {
            if (list.Length == 0)
            {
                return 0;
            }

            int count = 1;
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] == ',')
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Whether <paramref name="value"/> is a valid value for <paramref name="key"/>; maxItems applies to lists.</summary>
        public static bool Check(ConfigKey key, string value, int maxItems)
        {
            if (value == null)
            {
                return false;
            }

            switch (key.Type)
            {
                case ConfigKey.Bool:
                    return IsBool(value);
                case ConfigKey.Integer:
                    int number;
                    return TryParseInt(value, out number) && number >= key.Min && number <= key.Max;
                case ConfigKey.List:
                    return CountItems(value) <= maxItems && HasNoEmptyItem(value);
                default:
                    return true;
            }
        }

        private static bool HasNoEmptyItem(string list)
        {
            if (list.Length == 0)
            {
                return true;
            }

            string[] items = list.Split(',');
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i].Trim().Length == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
