using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NanoEvse.Csms
{
    /// <summary>
    /// How the CSMS writes OCPP-J JSON. The CSMS works on <see cref="JsonNode"/> payloads only, which needs no reflection,
    /// so the emulator publishes as one NativeAOT binary; <see cref="ToNode(object)"/> is the reflection-based convenience
    /// for tests and benchmarks that pass anonymous objects.
    /// </summary>
    internal static class WireJson
    {
        /// <summary>Relaxed escaping keeps the frame log readable; writing a node needs no other setting.</summary>
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping
        };

        private static JsonSerializerOptions _reflectionOptions;

        /// <summary>A private copy of <paramref name="payload"/>; null becomes the empty object.</summary>
        public static JsonNode ToNode(JsonNode payload)
        {
            return payload == null ? new JsonObject() : payload.DeepClone();
        }

        /// <summary>
        /// A private copy of <paramref name="payload"/> as a node: camelCase names and string enums as OCPP expects, null
        /// members left out because OCPP-J omits absent fields. Reflection-based: not for the NativeAOT emulator.
        /// </summary>
        [RequiresUnreferencedCode(ReflectionWarning)]
        [RequiresDynamicCode(ReflectionWarning)]
        public static JsonNode ToNode(object payload)
        {
            if (payload == null || payload is JsonNode)
            {
                return ToNode((JsonNode)payload);
            }

            _reflectionOptions ??= new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                Converters = { new JsonStringEnumConverter() }
            };
            return JsonSerializer.SerializeToNode(payload, payload.GetType(), _reflectionOptions);
        }

        /// <summary>Why the object-payload conveniences are unfit for trimmed and NativeAOT builds.</summary>
        public const string ReflectionWarning =
            "Serialises an arbitrary object by reflection; pass a JsonNode (JsonObject) instead in trimmed or NativeAOT code.";

        public static string Text(JsonNode node)
        {
            return node == null ? "null" : node.ToJsonString(Options);
        }

        /// <summary>A JSON string literal, escaped as <see cref="Options"/> writes strings.</summary>
        public static string Quote(string value)
        {
            return value == null ? "null" : "\"" + JsonEncodedText.Encode(value, Options.Encoder).ToString() + "\"";
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
