using System.Collections;
using System.IO;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// The charger's configuration keys, in the order GetConfiguration lists them: the profile's defaults,
    /// overlaid at boot by the values stored in flash. Key names are CiString50 and matched without regard
    /// to case. Every accepted change is stored before it is answered; a change that cannot be stored is refused.
    /// </summary>
    public sealed class ChargerConfiguration
    {
        /// <summary>Format version of the configuration documents.</summary>
        public const int FormatVersion = 1;
        private const string Component = "config";

        private readonly ArrayList _keys = new ArrayList();
        private readonly Hashtable _byName = new Hashtable();
        private readonly DocumentStore _store;
        private readonly ILog _log;

        /// <summary>Builds the keys of <paramref name="profile"/> and loads the stored values from <paramref name="store"/>.</summary>
        public ChargerConfiguration(ChargerProfile profile, DocumentStore store, ILog log)
        {
            Profile = profile;
            _store = store;
            _log = log;
            ArrayList definitions = StandardKeys.Define(profile.Measurands);
            for (int i = 0; i < definitions.Count; i++)
            {
                ConfigKey key = (ConfigKey)definitions[i];
                string value = DefaultFor(profile, key);
                if (value != null)
                {
                    bool fixedCable = profile.FixedCable && key.Name == KeyNames.UnlockConnectorOnEVSideDisconnect;
                    key.SetDefault(value, fixedCable || profile.MakesReadOnly(key.Name), profile.NeedsReboot(key.Name));
                    _keys.Add(key);
                    _byName[key.Name.ToLower()] = key;
                }
            }

            for (int document = 0; document < ConfigDocument.Count; document++)
            {
                LoadDocument(document);
            }
        }

        public ChargerProfile Profile { get; private set; }

        public int Count
        {
            get { return _keys.Count; }
        }

        public ConfigKey this[int index]
        {
            get { return (ConfigKey)_keys[index]; }
        }

        /// <summary>Whether flash held configuration at boot; false on a first boot.</summary>
        public bool WasStored { get; private set; }

        /// <summary>Bytes the last accepted change wrote to flash.</summary>
        public int LastSaveBytes { get; private set; }

        public IConfigurationListener Listener { get; set; }

        /// <summary>The key called <paramref name="name"/> (any case), or null when this charger does not have it.</summary>
        public ConfigKey Find(string name)
        {
            return (ConfigKey)_byName[name.ToLower()];
        }

        /// <summary>Applies a ChangeConfiguration and returns its <see cref="ChangeResult"/>; a refused change changes nothing.</summary>
        public string Change(string name, string value)
        {
            ConfigKey key = Find(name);
            if (key == null)
            {
                return ChangeResult.NotSupported;
            }

            if (key.Access == ConfigKey.ReadOnly || !ConfigValues.Check(key, value, MaxItems(key), Profile.NumberOfConnectors))
            {
                return ChangeResult.Rejected;
            }

            value = ConfigValues.Normalize(key, value);
            if (!MeetsPrerequisites(key, value))
            {
                return ChangeResult.Rejected;
            }

            string effective = key.Value;
            string stored = key.StoredValue;
            key.Accept(value);
            try
            {
                LastSaveBytes = Save(key.Document);
            }
            catch (IOException e)
            {
                key.Restore(effective, stored);
                _log.Write(LogLevel.Error, Component, "could not store " + key.Name + ": " + e.Message);
                return ChangeResult.Rejected;
            }

            _log.Write(LogLevel.Info, Component, key.Access == ConfigKey.WriteOnly ? key.Name + " changed" : key.Name + " = " + value);
            if (Listener != null)
            {
                Listener.OnConfigurationChanged(key);
            }

            return key.RebootRequired ? ChangeResult.RebootRequired : ChangeResult.Accepted;
        }

        /// <summary>Puts a credential from provisioning in effect when flash holds none; it is not stored again.</summary>
        public void Provision(string name, string value)
        {
            ConfigKey key = Find(name);
            if (key != null && !key.HasValue && value != null)
            {
                key.Load(value);
            }
        }

        /// <summary>The most items a List key may hold (spec: a list without a *MaxLength key holds one).</summary>
        public int MaxItems(ConfigKey key)
        {
            ConfigKey limit = key.MaxItemsKey == null ? null : Find(key.MaxItemsKey);
            if (limit != null)
            {
                return limit.IntValue;
            }

            return key.Access == ConfigKey.ReadOnly && key.Items != null ? key.Items.Length : 1;
        }

        private static string DefaultFor(ChargerProfile profile, ConfigKey key)
        {
            if (!profile.Supports(key.Feature))
            {
                return null;
            }

            string value = profile.DefaultOf(key.Name);
            if (value == null && key.Name == KeyNames.SupportedFeatureProfiles)
            {
                return Features.ToList(profile.Features);
            }

            if (value == null && key.Name == KeyNames.NumberOfConnectors)
            {
                return profile.NumberOfConnectors.ToString();
            }

            if (value == null && key.Name == KeyNames.UnlockConnectorOnEVSideDisconnect && profile.FixedCable)
            {
                return "false";
            }

            return value == null && key.Required ? string.Empty : value;
        }

        /// <summary>SecurityProfile only goes up, and only to a level whose means the charger has.</summary>
        private bool MeetsPrerequisites(ConfigKey key, string value)
        {
            if (!key.OnlyIncrease)
            {
                return true;
            }

            int level;
            ConfigValues.TryParseInt(value, out level);
            if (level < key.IntValue)
            {
                return false;
            }

            if (key.Name != KeyNames.SecurityProfile)
            {
                return true;
            }

            ConfigKey password = Find(KeyNames.AuthorizationKey);
            bool hasPassword = password != null && password.HasValue;
            return level == 0 || (level == 1 && hasPassword) || (level == 2 && hasPassword && Profile.Tls);
        }

        private int Save(int document)
        {
            int count = 0;
            for (int i = 0; i < _keys.Count; i++)
            {
                if (IsOverride(this[i], document))
                {
                    count++;
                }
            }

            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(count);
            for (int i = 0; i < _keys.Count; i++)
            {
                ConfigKey key = this[i];
                if (IsOverride(key, document))
                {
                    writer.String(key.Name);
                    writer.String(key.StoredValue);
                }
            }

            return _store.Save(ConfigDocument.FileName(document), writer);
        }

        private static bool IsOverride(ConfigKey key, int document)
        {
            return key.Document == document && key.Access != ConfigKey.ReadOnly && key.StoredValue != key.DefaultValue;
        }

        private void LoadDocument(int document)
        {
            string file = ConfigDocument.FileName(document);
            int state;
            DocumentReader reader = _store.Load(file, FormatVersion, out state);
            if (reader == null)
            {
                return;
            }

            ArrayList pairs = new ArrayList();
            try
            {
                int count = reader.Int();
                if (count < 0)
                {
                    throw new IOException("negative key count");
                }

                for (int i = 0; i < count; i++)
                {
                    pairs.Add(reader.String());
                    pairs.Add(reader.String());
                }

                if (!reader.AtEnd)
                {
                    throw new IOException("bytes after the last key");
                }
            }
            catch (IOException e)
            {
                _store.ReportMalformed(file, e.Message);
                return;
            }

            WasStored = true;
            for (int i = 0; i < pairs.Count; i += 2)
            {
                string name = (string)pairs[i];
                string value = (string)pairs[i + 1];
                ConfigKey key = Find(name);
                if (key == null || key.Access == ConfigKey.ReadOnly || key.Document != document
                    || !ConfigValues.Check(key, value, MaxItems(key), Profile.NumberOfConnectors))
                {
                    _log.Write(LogLevel.Warning, Component, file + ": ignoring " + name + ", not a writable key of this profile or not a valid value for it");
                    continue;
                }

                key.Load(value);
            }
        }
    }
}
