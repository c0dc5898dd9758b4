namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// One OCPP configuration key: its spec type, who may read or write it, the rules a new value must pass,
    /// and its current value. Definitions come from <see cref="StandardKeys"/>; values from the charger profile
    /// and the flash.
    /// </summary>
    public sealed class ConfigKey
    {
        public const int Bool = 0;
        public const int Integer = 1;
        public const int List = 2;
        public const int Text = 3;

        public const int ReadOnly = 0;
        public const int ReadWrite = 1;
        public const int WriteOnly = 2;

        /// <summary>List items may carry a connector prefix, as in "1.RST".</summary>
        public const int ItemsPerConnector = 1;

        private string _value;
        private string _stored;
        private int _intValue;

        public ConfigKey(string name, int type, int feature)
        {
            Name = name;
            Type = type;
            Feature = feature;
            Access = ReadWrite;
            Required = true;
            Max = type == Text ? 500 : int.MaxValue;
        }

        public string Name { get; private set; }

        /// <summary>Bool, Integer, List or Text.</summary>
        public int Type { get; private set; }

        /// <summary>ReadOnly, ReadWrite or WriteOnly (never reported by GetConfiguration).</summary>
        public int Access { get; private set; }

        /// <summary>The <see cref="Features"/> flag of the profile the key belongs to.</summary>
        public int Feature { get; private set; }

        /// <summary>Whether a charger supporting the feature must have the key.</summary>
        public bool Required { get; private set; }

        /// <summary>Inclusive range of an Integer, or of a Text's length.</summary>
        public int Min { get; private set; }

        public int Max { get; private set; }

        /// <summary>Key whose value is the most items a List may hold; without one a List holds one item.</summary>
        public string MaxItemsKey { get; private set; }

        /// <summary>The values a List item may take, or null for the charger's measurands.</summary>
        public string[] Items { get; private set; }

        public int ItemRule { get; private set; }

        public bool RebootRequired { get; private set; }

        /// <summary>A new value may not be lower than the current one (SecurityProfile).</summary>
        public bool OnlyIncrease { get; private set; }

        /// <summary>Which stored document holds the key (<see cref="ConfigDocument"/>).</summary>
        public int Document { get; private set; }

        /// <summary>The value in effect; for a key needing a reboot, the value of the last boot.</summary>
        public string Value
        {
            get { return _value; }
        }

        /// <summary>The value to keep in flash: the latest accepted one, which may still wait for a reboot.</summary>
        public string StoredValue
        {
            get { return _stored; }
        }

        /// <summary>The value of an Integer key, parsed once when set; 0 while the value is empty.</summary>
        public int IntValue
        {
            get { return _intValue; }
        }

        public bool BoolValue
        {
            get { return _intValue != 0; }
        }

        /// <summary>False for an Integer that a profile left empty (never configured).</summary>
        public bool HasValue
        {
            get { return _value != null && _value.Length > 0; }
        }

        /// <summary>The Integer value of <paramref name="key"/>, or <paramref name="fallback"/> when the key is absent or empty.</summary>
        public static int IntOr(ConfigKey key, int fallback)
        {
            return key == null || !key.HasValue ? fallback : key.IntValue;
        }

        /// <summary>The Bool value of <paramref name="key"/>, or <paramref name="fallback"/> when the key is absent.</summary>
        public static bool BoolOr(ConfigKey key, bool fallback)
        {
            return key == null || !key.HasValue ? fallback : key.BoolValue;
        }

        public ConfigKey Range(int min, int max)
        {
            Min = min;
            Max = max;
            return this;
        }

        public ConfigKey Optional()
        {
            Required = false;
            return this;
        }

        public ConfigKey ReadOnlyAccess()
        {
            Access = ReadOnly;
            return this;
        }

        public ConfigKey WriteOnlyAccess()
        {
            Access = WriteOnly;
            return this;
        }

        public ConfigKey Counted(string maxItemsKey)
        {
            MaxItemsKey = maxItemsKey;
            return this;
        }

        public ConfigKey OneOf(string[] items, int rule)
        {
            Items = items;
            ItemRule = rule;
            return this;
        }

        public ConfigKey NeedsReboot()
        {
            RebootRequired = true;
            return this;
        }

        public ConfigKey NeverLower()
        {
            OnlyIncrease = true;
            return this;
        }

        public ConfigKey StoredIn(int document)
        {
            Document = document;
            return this;
        }

        /// <summary>The value the charger profile gives the key.</summary>
        public string DefaultValue { get; private set; }

        internal void SetDefault(string value, bool readOnly, bool rebootRequired)
        {
            DefaultValue = value;
            if (readOnly)
            {
                Access = ReadOnly;
            }

            RebootRequired = RebootRequired || rebootRequired;
            Load(value);
        }

        /// <summary>Sets the value at boot (profile default or flash); it takes effect at once.</summary>
        internal void Load(string value)
        {
            _stored = value;
            Apply(value);
        }

        /// <summary>Puts a value in effect until the next boot without storing it (an interval the CSMS gave at boot).</summary>
        internal void Override(string value)
        {
            Apply(value);
        }

        /// <summary>Undoes <see cref="Accept"/> when the new value could not be stored.</summary>
        internal void Restore(string value, string stored)
        {
            _stored = stored;
            Apply(value);
        }

        /// <summary>Sets a value a ChangeConfiguration accepted; a key needing a reboot only remembers it.</summary>
        internal void Accept(string value)
        {
            _stored = value;
            if (!RebootRequired)
            {
                Apply(value);
            }
        }

        private void Apply(string value)
        {
            _value = value;
            _intValue = 0;
            if (Type == Integer)
            {
                ConfigValues.TryParseInt(value, out _intValue);
            }
            else if (Type == Bool)
            {
                _intValue = ConfigValues.IsTrue(value) ? 1 : 0;
            }
        }
    }
}
