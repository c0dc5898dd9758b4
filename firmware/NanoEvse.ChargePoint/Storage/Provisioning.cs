using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;

namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>
    /// What a charger is told before its first boot (device.dat): its charge point id, its CSMS, its charger
    /// profile and, optionally, its Basic-auth password. The provisioning tool writes it with this class and
    /// the firmware reads it with this class.
    /// </summary>
    public sealed class Provisioning
    {
        public const string FileName = "device.dat";
        public const int FormatVersion = 1;

        /// <summary>Longest CSMS URL accepted, as OCPP 2.0.1 limits its ConnectionUrl; the storage budget counts on it.</summary>
        public const int MaxUrlLength = 512;

        public string ChargePointId;

        /// <summary>The CSMS endpoint without the charge point id, e.g. ws://csms.example.com/ocpp.</summary>
        public string CsmsUrl;

        public string ProfileName = ChargerProfiles.DefaultName;

        /// <summary>Basic-auth password, or null to connect without.</summary>
        public string AuthorizationKey;

        /// <summary>The stored provisioning, or null when there is none or it cannot be read (the store logs why).</summary>
        public static Provisioning Load(DocumentStore store)
        {
            int state;
            DocumentReader reader = store.Load(FileName, FormatVersion, out state);
            if (reader == null)
            {
                return null;
            }

            try
            {
                Provisioning p = new Provisioning();
                p.ChargePointId = reader.String();
                p.CsmsUrl = reader.String();
                p.ProfileName = reader.String();
                string key = reader.String();
                p.AuthorizationKey = key.Length == 0 ? null : key;
                return p;
            }
            catch (System.IO.IOException e)
            {
                store.ReportMalformed(FileName, e.Message);
                return null;
            }
        }

        /// <summary>Stores the provisioning; returns the bytes written.</summary>
        public int Save(DocumentStore store)
        {
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.String(ChargePointId);
            writer.String(CsmsUrl);
            writer.String(ProfileName);
            writer.String(AuthorizationKey);
            return store.Save(FileName, writer);
        }

        /// <summary>The full CSMS address (URL plus id); null with the reason in <paramref name="error"/> when it is not valid.</summary>
        public CsmsAddress Address(out string error)
        {
            error = null;
            if (ChargePointId == null || ChargePointId.Length == 0 || ChargePointId.Length > 48 || ChargePointId.IndexOf('/') >= 0)
            {
                error = "the charge point id must be 1 to 48 characters without '/'";
                return null;
            }

            string url = CsmsUrl == null ? string.Empty : CsmsUrl;
            while (url.Length > 0 && url[url.Length - 1] == '/')
            {
                url = url.Substring(0, url.Length - 1);
            }

            return CsmsAddress.Parse(url + "/" + ChargePointId, out error);
        }

        /// <summary>The settings a charger starts with; null with the reason in <paramref name="error"/> when the provisioning cannot be used.</summary>
        public ChargerSettings ToSettings(out string error)
        {
            error = Validate();
            if (error != null)
            {
                return null;
            }

            ChargerSettings settings = new ChargerSettings();
            settings.Address = Address(out error);
            settings.AuthorizationKey = AuthorizationKey;
            settings.Profile = ChargerProfiles.Find(ProfileName);
            return settings;
        }

        /// <summary>Null when the provisioning can be used, else what is wrong with it.</summary>
        public string Validate()
        {
            if (CsmsUrl != null && CsmsUrl.Length > MaxUrlLength)
            {
                return "the CSMS URL is longer than " + MaxUrlLength + " characters";
            }

            string error;
            if (Address(out error) == null)
            {
                return error;
            }

            if (ChargerProfiles.Find(ProfileName) == null)
            {
                return "unknown charger profile '" + ProfileName + "'";
            }

            if (AuthorizationKey != null && (AuthorizationKey.Length < 16 || AuthorizationKey.Length > 40))
            {
                return "the authorization key must be 16 to 40 characters";
            }

            return null;
        }
    }
}
