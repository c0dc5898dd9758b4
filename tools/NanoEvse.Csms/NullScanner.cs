using System.Text.Json;

namespace NanoEvse.Csms
{
    /// <summary>Finds a JSON null, which OCPP-J never allows: absent optional fields are omitted instead.</summary>
    internal static class NullScanner
    {
        /// <summary>The path of the first null, like "$.idTagInfo.parentIdTag", or null when there is none.</summary>
        public static string FindNull(JsonElement element)
        {
            return Find(element, "$");
        }

        private static string Find(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Null:
                    return path;
                case JsonValueKind.Object:
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        string found = Find(property.Value, path + "." + property.Name);
                        if (found != null)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in element.EnumerateArray())
                    {
                        string found = Find(item, path + "[" + index + "]");
                        if (found != null)
                        {
                            return found;
                        }

                        index++;
                    }

                    return null;
                default:
                    return null;
            }
        }
    }
}
