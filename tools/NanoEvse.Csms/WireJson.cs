using System;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NanoEvse.Csms
{
    /// <summary>How the CSMS turns test-supplied objects into OCPP-J JSON.</summary>
    internal static class WireJson
    {
        /// <summary>
        /// camelCase names and string enums as OCPP expects; null members are left out because OCPP-J omits absent fields;
        /// relaxed escaping keeps the frame log readable.
        /// </summary>
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter() }
        };

        /// <summary>A private copy of <paramref name="payload"/> as a node; null becomes the empty object.</summary>
        public static JsonNode ToNode(object payload)
        {
            if (payload == null)
            {
                return new JsonObject();
            }

            if (payload is JsonNode node)
            {
                return node.DeepClone();
            }

            return JsonSerializer.SerializeToNode(payload, payload.GetType(), Options);
        }

        public static string Text(JsonNode node)
        {
            return node == null ? "null" : node.ToJsonString(Options);
        }

        public static string Quote(string value)
        {
            return JsonSerializer.Serialize(value, Options);
        }

        /// <summary>OCPP timestamps: UTC with milliseconds and a Z.</summary>
        public static string Timestamp(DateTime utc)
        {
            if (utc.Kind == DateTimeKind.Local)
            {
                utc = utc.ToUniversalTime();
            }

            return utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);
        }
    }
}
