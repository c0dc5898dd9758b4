namespace NanoEvse.Device
{
    /// <summary>
    /// First-boot settings compiled into the image. Set them before building; the provisioning files on
    /// drive I: (configuration issue) will take their place.
    /// </summary>
    internal static class DeviceSettings
    {
        public const string WifiSsid = "charger-network";
        public const string WifiPassword = "change-me";
        public const string CsmsUrl = "ws://192.0.2.10:9000/ocpp/CP001";

        /// <summary>HTTP Basic auth password (AuthorizationKey), or null for none.</summary>
        public const string AuthorizationKey = null;

        public const int WifiTimeoutMs = 60000;
        public const int PollPeriodMs = 10;
    }
}
