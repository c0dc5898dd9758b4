using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>GetConfiguration and ChangeConfiguration as a CSMS would send them, with the answers unpacked.</summary>
    public static class ConfigurationCalls
    {
        public sealed record KeyValue(string Key, bool ReadOnly, string Value);

        public sealed record Configuration(List<KeyValue> Keys, List<string> Unknown)
        {
            public KeyValue this[string key] => Keys.SingleOrDefault(k => k.Key == key);
        }

        public static Configuration GetConfiguration(this ChargerRig rig, params string[] keys)
        {
            string payload = keys.Length == 0 ? "{}" : "{\"key\":" + JsonSerializer.Serialize(keys) + "}";
            Frame answer = rig.CallCharger("GetConfiguration", payload);
            Assert.True(answer.Type == 3, "GetConfiguration failed: " + answer);
            List<KeyValue> values = new List<KeyValue>();
            if (answer.Payload.TryGetProperty("configurationKey", out JsonElement list))
            {
                foreach (JsonElement item in list.EnumerateArray())
                {
                    values.Add(new KeyValue(
                        item.GetProperty("key").GetString(),
                        item.GetProperty("readonly").GetBoolean(),
                        item.TryGetProperty("value", out JsonElement value) ? value.GetString() : null));
                }
            }

            List<string> unknown = answer.Payload.TryGetProperty("unknownKey", out JsonElement names)
                ? names.EnumerateArray().Select(n => n.GetString()).ToList()
                : new List<string>();
            return new Configuration(values, unknown);
        }

        /// <summary>The status of a ChangeConfiguration, or the CALLERROR code.</summary>
        public static string ChangeConfiguration(this ChargerRig rig, string key, string value)
        {
            Frame answer = rig.CallCharger("ChangeConfiguration",
                "{\"key\":" + JsonSerializer.Serialize(key) + ",\"value\":" + JsonSerializer.Serialize(value) + "}");
            return answer.Type == 3 ? answer.Payload.GetProperty("status").GetString() : answer.ErrorCode;
        }

        /// <summary>A charger of the profile, connected and accepted with its own HeartbeatInterval, ready for CSMS calls.</summary>
        public static ChargerRig Booted(string profile)
        {
            ChargerRig rig = ChargerRig.ForProfile(profile);
            rig.BootAccepted(rig.Charger.Configuration.Find("HeartbeatInterval").IntValue);
            return rig;
        }
    }
}
