using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>Flash contents prepared by a real charger, copied so each power-cut run starts from the same image.</summary>
    public static class FlashImages
    {
        /// <summary>A powered-on flash holding the same files as <paramref name="flash"/>, whatever its power state.</summary>
        public static SimulatedFlash Copy(SimulatedFlash flash)
        {
            SimulatedFlash copy = new SimulatedFlash();
            foreach (string name in flash.Names)
            {
                copy.Put(name, flash.Peek(name));
            }

            return copy;
        }

        /// <summary>The flash of a <paramref name="profile"/> charger after the CSMS made <paramref name="changes"/> (key, value, key, value...).</summary>
        public static SimulatedFlash Configured(string profile, params string[] changes)
        {
            ChargerRig rig = ChargerRig.ForProfile(profile);
            rig.BootAccepted();
            for (int i = 0; i < changes.Length; i += 2)
            {
                Assert.Equal(ChangeResult.Accepted, rig.Charger.Configuration.Change(changes[i], changes[i + 1]));
            }

            return rig.Flash;
        }

        /// <summary>What the charger would keep across a reboot: every key with the value it stores.</summary>
        public static SortedDictionary<string, string> StoredValues(Charger charger)
        {
            ChargerConfiguration config = charger.Configuration;
            SortedDictionary<string, string> values = new SortedDictionary<string, string>();
            for (int i = 0; i < config.Count; i++)
            {
                values[config[i].Name] = config[i].StoredValue;
            }

            return values;
        }

        /// <summary>The keys whose values differ, for assertion messages.</summary>
        public static string Difference(IDictionary<string, string> expected, IDictionary<string, string> actual)
        {
            return string.Join(", ", expected.Keys.Union(actual.Keys)
                .Where(k => !expected.TryGetValue(k, out string e) || !actual.TryGetValue(k, out string a) || e != a)
                .Select(k => k + ": " + Show(expected, k) + " vs " + Show(actual, k)));
        }

        private static string Show(IDictionary<string, string> values, string key)
        {
            return values.TryGetValue(key, out string value) ? "'" + value + "'" : "absent";
        }
    }
}
