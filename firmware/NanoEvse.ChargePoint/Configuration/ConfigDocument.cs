namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// The flash documents configuration values live in. Credentials are kept apart so that a damaged
    /// configuration file cannot cost the charger its way back to the CSMS, and the other way round.
    /// </summary>
    public static class ConfigDocument
    {
        public const int Settings = 0;
        public const int Security = 1;

        public const int Count = 2;

        public static string FileName(int document)
        {
            return document == Security ? "security.dat" : "config.dat";
        }
    }
}
