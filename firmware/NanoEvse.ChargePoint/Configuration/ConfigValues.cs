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

        /// <summary>
        /// Whether <paramref name="value"/> is a valid value for <paramref name="key"/>: a Bool is true or false
        /// in any case, an Integer a plain decimal within range, a Text within its length limits, and a List
        /// at most <paramref name="maxItems"/> distinct allowed items (none is allowed too).
        /// </summary>
        public static bool Check(ConfigKey key, string value, int maxItems, int connectors)
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
                case ConfigKey.Text:
                    return value.Length >= key.Min && value.Length <= key.Max;
                default:
                    return CheckList(key, value, maxItems, connectors);
            }
        }

        /// <summary>The form a value is kept in: Bools in lower case, list items without surrounding blanks.</summary>
        public static string Normalize(ConfigKey key, string value)
        {
            if (key.Type == ConfigKey.Bool)
            {
                return value.ToLower();
            }

            int number;
            if (key.Type == ConfigKey.Integer && TryParseInt(value, out number))
            {
                return number.ToString();
            }

            if (key.Type != ConfigKey.List || value.IndexOf(' ') < 0)
            {
                return value;
            }

            string[] items = value.Split(',');
            string list = string.Empty;
            for (int i = 0; i < items.Length; i++)
            {
                list = i == 0 ? items[i].Trim() : list + "," + items[i].Trim();
            }

            return list;
        }

        private static bool CheckList(ConfigKey key, string value, int maxItems, int connectors)
        {
            if (value.Trim().Length == 0)
            {
                return true;
            }

            string[] items = value.Split(',');
            if (items.Length > maxItems)
            {
                return false;
            }

            for (int i = 0; i < items.Length; i++)
            {
                string item = items[i].Trim();
                if (!IsAllowedItem(key, item, connectors))
                {
                    return false;
                }

                for (int j = 0; j < i; j++)
                {
                    if (items[j].Trim() == item)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsAllowedItem(ConfigKey key, string item, int connectors)
        {
            if (key.ItemRule == ConfigKey.ItemsPerConnector)
            {
                int dot = item.IndexOf('.');
                if (dot >= 0)
                {
                    int connector;
                    if (!TryParseInt(item.Substring(0, dot), out connector) || connector < 0 || connector > connectors || item[0] == '-' || item[0] == '+')
                    {
                        return false;
                    }

                    item = item.Substring(dot + 1);
                }
            }

            string[] allowed = key.Items;
            for (int i = 0; i < allowed.Length; i++)
            {
                if (allowed[i] == item)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
