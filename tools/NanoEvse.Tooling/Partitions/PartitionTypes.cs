using System;
using System.Collections.Generic;

namespace NanoEvse.Tooling.Partitions
{
    /// <summary>The type and subtype names ESP-IDF's partition CSV accepts, and their numeric values.</summary>
    public static class PartitionTypes
    {
        public const byte App = 0x00;
        public const byte Data = 0x01;

        public const byte AppFactory = 0x00;
        public const byte DataLittleFs = 0x83;

        /// <summary>The custom data subtype the nanoCLR looks up to find the managed application (deployment) area.</summary>
        public const byte DataDeployment = 0x84;

        private static readonly Dictionary<string, byte> AppSubTypes = CreateAppSubTypes();

        private static readonly Dictionary<string, byte> DataSubTypes = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase)
        {
            ["ota"] = 0x00,
            ["phy"] = 0x01,
            ["nvs"] = 0x02,
            ["coredump"] = 0x03,
            ["nvs_keys"] = 0x04,
            ["efuse"] = 0x05,
            ["undefined"] = 0x06,
            ["esphttpd"] = 0x80,
            ["fat"] = 0x81,
            ["spiffs"] = 0x82,
            ["littlefs"] = DataLittleFs,
        };

        public static bool TryParseType(string text, out byte type)
        {
            switch (text.ToLowerInvariant())
            {
                case "app":
                    type = App;
                    return true;
                case "data":
                    type = Data;
                    return true;
                default:
                    return NumberParser.TryParseByte(text, out type);
            }
        }

        public static bool TryParseSubType(byte type, string text, out byte subType)
        {
            Dictionary<string, byte> names = type == App ? AppSubTypes : type == Data ? DataSubTypes : null;
            if (names != null && names.TryGetValue(text, out subType))
            {
                return true;
            }

            return NumberParser.TryParseByte(text, out subType);
        }

        public static string TypeName(byte type)
        {
            return type == App ? "app" : type == Data ? "data" : "0x" + type.ToString("X2");
        }

        public static string SubTypeName(byte type, byte subType)
        {
            Dictionary<string, byte> names = type == App ? AppSubTypes : type == Data ? DataSubTypes : null;
            if (names != null)
            {
                foreach (KeyValuePair<string, byte> pair in names)
                {
                    if (pair.Value == subType)
                    {
                        return pair.Key;
                    }
                }
            }

            return "0x" + subType.ToString("X2");
        }

        private static Dictionary<string, byte> CreateAppSubTypes()
        {
            var names = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase)
            {
                ["factory"] = AppFactory,
                ["test"] = 0x20,
            };
            for (int slot = 0; slot < 16; slot++)
            {
                names["ota_" + slot] = (byte)(0x10 + slot);
            }

            return names;
        }
    }
}
