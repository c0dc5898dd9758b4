using System.Linq;
using System.Text;
using System.Text.Json;
using NanoEvse.Csms;

namespace NanoEvse.Emulator
{
    /// <summary>The charger's answer to a CSMS CALL on one line: its status, or what else the answer carries.</summary>
    public static class CsmsAnswerText
    {
        public static string Describe(string action, CsmsCallResult result)
        {
            switch (result.Outcome)
            {
                case CsmsCallOutcome.Result:
                    return action + ": " + Payload(result.Payload);
                case CsmsCallOutcome.Error:
                    return action + ": CALLERROR " + result.ErrorCode + (result.ErrorDescription.Length == 0 ? string.Empty : " '" + result.ErrorDescription + "'");
                case CsmsCallOutcome.Timeout:
                    return action + ": no answer in time";
                default:
                    return action + ": the charger disconnected before it answered";
            }
        }

        private static string Payload(JsonElement payload)
        {
            if (payload.ValueKind != JsonValueKind.Object)
            {
                return payload.GetRawText();
            }

            if (payload.TryGetProperty("configurationKey", out JsonElement keys))
            {
                return Configuration(keys, payload);
            }

            if (payload.TryGetProperty("listVersion", out JsonElement version))
            {
                return "list version " + version.GetRawText();
            }

            if (payload.TryGetProperty("fileName", out JsonElement fileName))
            {
                return "file " + fileName.GetString();
            }

            // UpdateFirmware.conf, among others, is an empty object.
            if (!payload.EnumerateObject().Any())
            {
                return "accepted (empty answer)";
            }

            if (!payload.TryGetProperty("status", out JsonElement status))
            {
                return payload.GetRawText();
            }

            // The rest of the answer (a composite schedule, DataTransfer data) follows the status as it came.
            StringBuilder text = new StringBuilder(status.ToString());
            foreach (JsonProperty property in payload.EnumerateObject())
            {
                if (property.Name != "status")
                {
                    text.Append(", ").Append(property.Name).Append(' ').Append(property.Value.GetRawText());
                }
            }

            return text.ToString();
        }

        private static string Configuration(JsonElement keys, JsonElement payload)
        {
            StringBuilder text = new StringBuilder();
            foreach (JsonElement key in keys.EnumerateArray())
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(key.GetProperty("key").GetString()).Append('=');
                if (key.TryGetProperty("value", out JsonElement value))
                {
                    text.Append(value.GetString());
                }

                if (key.TryGetProperty("readonly", out JsonElement readOnly) && readOnly.GetBoolean())
                {
                    text.Append(" (read-only)");
                }
            }

            if (payload.TryGetProperty("unknownKey", out JsonElement unknown))
            {
                text.Append(text.Length == 0 ? string.Empty : "; ").Append("unknown:");
                foreach (JsonElement name in unknown.EnumerateArray())
                {
                    text.Append(' ').Append(name.GetString());
                }
            }

            return text.Length == 0 ? "no keys" : text.ToString();
        }
    }
}
