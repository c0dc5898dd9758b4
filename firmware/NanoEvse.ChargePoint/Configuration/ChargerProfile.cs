using System.Collections;

namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// What one charger model is: its hardware facts, the feature profiles it supports, and the default value
    /// of every configuration key it has. A key of a supported feature is present when the feature requires
    /// it or when the profile gives it a value; every other key is absent, as "-" in a certificate table.
    /// </summary>
    public sealed class ChargerProfile
    {
        private readonly Hashtable _defaults = new Hashtable();
        private readonly Hashtable _readOnly = new Hashtable();
        private readonly Hashtable _reboot = new Hashtable();

        public ChargerProfile(string name, int features)
        {
            Name = name;
            Features = features;
            NumberOfConnectors = 1;
            Measurands = Configuration.Measurands.Metered;
        }

        public string Name { get; private set; }

        /// <summary>chargePointVendor in BootNotification.</summary>
        public string Vendor = "nanoEVSE";

        /// <summary>chargePointModel in BootNotification.</summary>
        public string Model = "nanoEVSE-AC1";

        /// <summary><see cref="Configuration.Features"/> flags.</summary>
        public int Features { get; private set; }

        public int NumberOfConnectors { get; set; }

        /// <summary>A tethered cable rather than a socket: it never unlocks, so UnlockConnectorOnEVSideDisconnect is false and read-only.</summary>
        public bool FixedCable { get; set; }

        public bool RfidReader { get; set; }

        /// <summary>Whether the firmware build can open TLS connections (security profiles 2 and 3).</summary>
        public bool Tls { get; set; }

        /// <summary>What the meter can measure: the items the meter-value keys accept.</summary>
        public string[] Measurands { get; set; }

        /// <summary>
        /// Keeps only the modular profiles whose module is linked (<paramref name="linked"/> flags): a profile this
        /// build cannot run is neither reported in SupportedFeatureProfiles nor given its keys.
        /// </summary>
        public void Restrict(int linked)
        {
            Features &= ~Configuration.Features.Modular | linked;
        }

        public bool Supports(int feature)
        {
            return (Features & feature) == feature;
        }

        /// <summary>Gives a key its default value and so makes it present.</summary>
        public ChargerProfile Set(string key, string value)
        {
            _defaults[key] = value;
            return this;
        }

        /// <summary>Gives a key that may be read-only or read-write its default value and makes it read-only.</summary>
        public ChargerProfile SetReadOnly(string key, string value)
        {
            _readOnly[key] = true;
            return Set(key, value);
        }

        /// <summary>Marks a key whose new value only takes effect after a reboot on this model.</summary>
        public ChargerProfile SetNeedsReboot(string key)
        {
            _reboot[key] = true;
            return this;
        }

        /// <summary>The default value the profile gives the key, or null when it gives none.</summary>
        public string DefaultOf(string key)
        {
            return (string)_defaults[key];
        }

        public bool MakesReadOnly(string key)
        {
            return _readOnly[key] != null;
        }

        public bool NeedsReboot(string key)
        {
            return _reboot[key] != null;
        }
    }
}
