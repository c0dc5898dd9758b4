namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>One OCPP configuration key: its spec type, who may read or write it, its rules and its value.</summary>
    public sealed class ConfigKey
    {
        public const int Bool = 0;
        public const int Integer = 1;
        public const int List = 2;

        public const int ReadOnly = 0;
        public const int ReadWrite = 1;
        public const int WriteOnly = 2;

        public readonly string Name;
        public readonly int Type;
        public readonly int Access;
        public readonly bool RebootRequired;

        /// <summary>Inclusive range of an Integer key.</summary>
        public readonly int Min;
        public readonly int Max;

        /// <summary>Key holding the largest number of items of a List key, or null (then one item).</summary>
        public readonly string MaxItemsKey;

        private string _value;
        private int _intValue;

        public ConfigKey(string name, int type, int access, string value, int min, int max, string maxItemsKey, bool rebootRequired)
        {
            Name = name;
            Type = type;
            Access = access;
            Min = min;
            Max = max;
            MaxItemsKey = maxItemsKey;
            RebootRequired = rebootRequired;
            Set(value);
        }

        public string Value
        {
            get { return _value; }
        }

        /// <summary>The value of an Integer key, parsed once when set.</summary>
        public int IntValue
        {
            get { return _intValue; }
        }

        /// <summary>The value of a Bool key.</summary>
        public bool BoolValue
        {
            get { return _intValue != 0; }
        }

        /// <summary>Stores a value that <see cref="ConfigValues.Check"/> accepted.</summary>
        internal void Set(string value)
        {
            _value = value;
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
