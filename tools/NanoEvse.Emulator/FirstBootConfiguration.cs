using System.Collections.Generic;
using System.IO;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Applies --config on a first boot through the same checks and storage as a CSMS's ChangeConfiguration,
    /// all or nothing. Later boots keep what the flash holds, as a charger in the field keeps what its CSMS set.
    /// </summary>
    public static class FirstBootConfiguration
    {
        /// <summary>Null when every pair was applied or none was due; otherwise what was refused, and the flash is left empty.</summary>
        public static string Apply(ChargerConfiguration configuration, DocumentStore storage, IReadOnlyList<KeyValuePair<string, string>> pairs, TextWriter output)
        {
            if (pairs.Count == 0)
            {
                return null;
            }

            if (configuration.WasStored)
            {
                string refused = Check(configuration, pairs);
                if (refused != null)
                {
                    return refused;
                }

                output.WriteLine("Stored configuration kept; --config applies only to a first boot (no configuration in the flash).");
                return null;
            }

            foreach (KeyValuePair<string, string> pair in pairs)
            {
                ConfigKey key = configuration.Find(pair.Key);
                string shown = pair.Key + "=" + (key != null && key.Access == ConfigKey.WriteOnly ? "(hidden)" : pair.Value);
                string result = configuration.Change(pair.Key, pair.Value);
                if (result == ChangeResult.Accepted)
                {
                    output.WriteLine(shown + ": Accepted");
                }
                else if (result == ChangeResult.RebootRequired)
                {
                    output.WriteLine(shown + ": RebootRequired (stored; in effect once the charger restarts on this flash)");
                }
                else
                {
                    // The flash held no configuration, so removing what the earlier pairs stored makes the next
                    // run a first boot again rather than one that keeps half of the overrides.
                    for (int document = 0; document < ConfigDocument.Count; document++)
                    {
                        storage.Delete(ConfigDocument.FileName(document));
                    }

                    return shown + ": " + result + " (" + Reason(configuration, key, pair.Value) + ")";
                }
            }

            return null;
        }

        /// <summary>
        /// A later boot stores nothing, but a typo must not pass for a value kept: each pair gets the checks a
        /// ChangeConfiguration makes without a write (a prerequisite on another key cannot be told without one).
        /// </summary>
        private static string Check(ChargerConfiguration configuration, IReadOnlyList<KeyValuePair<string, string>> pairs)
        {
            foreach (KeyValuePair<string, string> pair in pairs)
            {
                ConfigKey key = configuration.Find(pair.Key);
                bool writable = key != null && key.Access != ConfigKey.ReadOnly;
                if (writable && ConfigValues.Check(key, pair.Value, configuration.MaxItems(key), configuration.Profile.NumberOfConnectors))
                {
                    continue;
                }

                string shown = pair.Key + "=" + (key != null && key.Access == ConfigKey.WriteOnly ? "(hidden)" : pair.Value);
                string result = key == null ? ChangeResult.NotSupported : ChangeResult.Rejected;
                return shown + ": " + result + " (" + Reason(configuration, key, pair.Value) + ")";
            }

            return null;
        }

        private static string Reason(ChargerConfiguration configuration, ConfigKey key, string value)
        {
            if (key == null)
            {
                return "profile " + configuration.Profile.Name + " has no such key";
            }

            if (key.Access == ConfigKey.ReadOnly)
            {
                return "read-only in profile " + configuration.Profile.Name;
            }

            int maxItems = configuration.MaxItems(key);
            if (ConfigValues.Check(key, value, maxItems, configuration.Profile.NumberOfConnectors))
            {
                return "its prerequisites are not met or it could not be stored; see the log above";
            }

            switch (key.Type)
            {
                case ConfigKey.Bool:
                    return "expects true or false";
                case ConfigKey.Integer:
                    return key.Max == int.MaxValue
                        ? "expects an integer of at least " + key.Min
                        : "expects an integer from " + key.Min + " to " + key.Max;
                case ConfigKey.Text:
                    return "expects " + key.Min + " to " + key.Max + " characters";
                default:
                    string prefix = key.ItemRule == ConfigKey.ItemsPerConnector ? ", each optionally prefixed with a connector number and '.'" : string.Empty;
                    return "expects at most " + maxItems + " distinct comma-separated items of: " + string.Join(", ", key.Items) + prefix;
            }
        }
    }
}
