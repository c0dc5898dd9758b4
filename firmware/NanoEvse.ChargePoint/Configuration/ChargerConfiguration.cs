using System.Collections;

namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// The charger's configuration keys, in the order GetConfiguration lists them. Key names are
    /// CiString50 and so matched without regard to case.
    /// </summary>
    public sealed class ChargerConfiguration
    {
        private readonly ArrayList _keys = new ArrayList();
        private readonly Hashtable _byName = new Hashtable();

        public int Count
        {
            get { return _keys.Count; }
        }

        public ConfigKey this[int index]
        {
            get { return (ConfigKey)_keys[index]; }
        }

        public void Add(ConfigKey key)
        {
            _keys.Add(key);
            _byName[key.Name.ToLower()] = key;
        }

        /// <summary>The key called <paramref name="name"/> (any case), or null.</summary>
        public ConfigKey Find(string name)
        {
            return (ConfigKey)_byName[name.ToLower()];
        }

        /// <summary>Applies ChangeConfiguration; a refused change leaves every value as it was.</summary>
        public string Change(string name, string value)
        {
            ConfigKey key = Find(name);
            if (key == null)
            {
                return ChangeResult.NotSupported;
            }

            if (key.Access == ConfigKey.ReadOnly || !ConfigValues.Check(key, value, MaxItems(key)))
            {
                return ChangeResult.Rejected;
            }

            key.Set(key.Type == ConfigKey.Bool ? value.ToLower() : value);
            return key.RebootRequired ? ChangeResult.RebootRequired : ChangeResult.Accepted;
        }

        private int MaxItems(ConfigKey key)
        {
            if (key.MaxItemsKey == null)
            {
                return 1;
            }

            ConfigKey limit = Find(key.MaxItemsKey);
            return limit == null ? 1 : limit.IntValue;
        }
    }
}
