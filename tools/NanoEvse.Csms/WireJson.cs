using System;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NanoEvse.Csms
{
    /// <summary>
    /// How the CSMS writes OCPP-J JSON. It takes <see cref="JsonNode"/> payloads only, which need no reflection, so the
    /// emulator publishes as one NativeAOT binary.
    /// </summary>
    internal static class WireJson
    {
        /// <summary>Relaxed escaping keeps the frame log readable; writing a node needs no other setting.</summary>
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping
        };

        /// <summary>A private copy of <paramref name="payload"/>; null becomes the empty object.</summary>
        public static JsonNode ToNode(JsonNode payload)
        {
            return payload == null ? new JsonObject() : payload.DeepClone();
        }

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
