namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// Feature profiles as flags. The first six are the OCPP 1.6 feature profiles named in
    /// SupportedFeatureProfiles; the security extension is split into Basic-auth credentials and certificates.
    /// </summary>
    public static class Features
    {
        public const int Core = 1;
        public const int FirmwareManagement = 2;
        public const int LocalAuthListManagement = 4;
        public const int Reservation = 8;
        public const int SmartCharging = 16;
        public const int RemoteTrigger = 32;
        public const int SecurityCredentials = 64;
        public const int SecurityCertificates = 128;

        /// <summary>The profiles built as modules of their own: offered only when their module is linked.</summary>
        public const int Modular = FirmwareManagement | LocalAuthListManagement | Reservation | SmartCharging | RemoteTrigger;

        /// <summary>The OCPP names of the first six flags, in flag order.</summary>
        public static readonly string[] ProfileNames = new string[]
        {
            "Core", "FirmwareManagement", "LocalAuthListManagement", "Reservation", "SmartCharging", "RemoteTrigger"
        };

        /// <summary>The SupportedFeatureProfiles value for a set of flags.</summary>
        public static string ToList(int features)
        {
            string list = string.Empty;
            for (int i = 0; i < ProfileNames.Length; i++)
            {
                if ((features & (1 << i)) != 0)
                {
                    list = list.Length == 0 ? ProfileNames[i] : list + "," + ProfileNames[i];
                }
            }

            return list;
        }
    }
}
