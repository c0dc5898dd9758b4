using System.Collections;

namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// Every standard OCPP 1.6 configuration key (spec section 9 with the 2025-04 errata, and the security
    /// extension keys), in the order GetConfiguration reports them: type, access, feature, whether the
    /// feature requires it, and the rules a value must pass. Ranges are this firmware's limits.
    /// </summary>
    public static class StandardKeys
    {
        private const int Day = 86400;
        private const int Hour = 3600;

        public static readonly string[] PhaseRotations = new string[] { "NotApplicable", "Unknown", "RST", "RTS", "SRT", "STR", "TRS", "TSR" };
        public static readonly string[] ChargingRateUnits = new string[] { "Current", "Power" };
        public static readonly string[] FileTransferProtocols = new string[] { "FTP", "FTPS", "HTTP", "HTTPS" };

        /// <summary>Fresh definitions of all keys, without values; <paramref name="measurands"/> are the items the meter keys accept.</summary>
        public static ArrayList Define(string[] measurands)
        {
            ArrayList keys = new ArrayList();
            const int core = Features.Core;
            keys.Add(Flag(KeyNames.AllowOfflineTxForUnknownId, core).Optional());
            keys.Add(Flag(KeyNames.AuthorizationCacheEnabled, core).Optional());
            keys.Add(Flag(KeyNames.AuthorizeRemoteTxRequests, core));
            keys.Add(Number(KeyNames.BlinkRepeat, core, 0, 100).Optional());
            keys.Add(Number(KeyNames.ClockAlignedDataInterval, core, 0, Day));
            keys.Add(Number(KeyNames.ConnectionTimeOut, core, 1, Hour));
            keys.Add(Items(KeyNames.ConnectorPhaseRotation, core, PhaseRotations, KeyNames.ConnectorPhaseRotationMaxLength).OneOf(PhaseRotations, ConfigKey.ItemsPerConnector));
            keys.Add(Limit(KeyNames.ConnectorPhaseRotationMaxLength, core).Optional());
            keys.Add(Limit(KeyNames.GetConfigurationMaxKeys, core));
            keys.Add(Number(KeyNames.HeartbeatInterval, core, 0, Day));
            keys.Add(Number(KeyNames.LightIntensity, core, 0, 100).Optional());
            keys.Add(Flag(KeyNames.LocalAuthorizeOffline, core));
            keys.Add(Flag(KeyNames.LocalPreAuthorize, core));
            keys.Add(Number(KeyNames.MaxEnergyOnInvalidId, core, 0, int.MaxValue).Optional());
            keys.Add(Number(KeyNames.MessageTimeout, core, 1, Hour).Optional());
            keys.Add(Items(KeyNames.MeterValuesAlignedData, core, measurands, KeyNames.MeterValuesAlignedDataMaxLength));
            keys.Add(Limit(KeyNames.MeterValuesAlignedDataMaxLength, core).Optional());
            keys.Add(Items(KeyNames.MeterValuesSampledData, core, measurands, KeyNames.MeterValuesSampledDataMaxLength));
            keys.Add(Limit(KeyNames.MeterValuesSampledDataMaxLength, core).Optional());
            keys.Add(Number(KeyNames.MeterValueSampleInterval, core, 0, Day));
            keys.Add(Number(KeyNames.MinimumStatusDuration, core, 0, Hour).Optional());
            keys.Add(Limit(KeyNames.NumberOfConnectors, core));
            keys.Add(Number(KeyNames.ResetRetries, core, 0, 10));
            keys.Add(Limit(KeyNames.StopTransactionMaxMeterValues, core).Optional());
            keys.Add(Flag(KeyNames.StopTransactionOnEVSideDisconnect, core).Optional());
            keys.Add(Flag(KeyNames.StopTransactionOnInvalidId, core));
            keys.Add(Items(KeyNames.StopTxnAlignedData, core, measurands, KeyNames.StopTxnAlignedDataMaxLength));
            keys.Add(Limit(KeyNames.StopTxnAlignedDataMaxLength, core).Optional());
            keys.Add(Items(KeyNames.StopTxnSampledData, core, measurands, KeyNames.StopTxnSampledDataMaxLength));
            keys.Add(Limit(KeyNames.StopTxnSampledDataMaxLength, core).Optional());
            keys.Add(Items(KeyNames.SupportedFeatureProfiles, core, Features.ProfileNames, KeyNames.SupportedFeatureProfilesMaxLength).ReadOnlyAccess());
            keys.Add(Limit(KeyNames.SupportedFeatureProfilesMaxLength, core).Optional());
            keys.Add(Number(KeyNames.TransactionMessageAttempts, core, 1, 100));
            keys.Add(Number(KeyNames.TransactionMessageRetryInterval, core, 1, Day));
            keys.Add(Flag(KeyNames.UnlockConnectorOnEVSideDisconnect, core));
            keys.Add(Number(KeyNames.WebSocketPingInterval, core, 0, Day).Optional());

            const int localList = Features.LocalAuthListManagement;
            keys.Add(Flag(KeyNames.LocalAuthListEnabled, localList));
            keys.Add(Limit(KeyNames.LocalAuthListMaxLength, localList));
            keys.Add(Limit(KeyNames.SendLocalListMaxLength, localList));

            keys.Add(Flag(KeyNames.ReserveConnectorZeroSupported, Features.Reservation).ReadOnlyAccess().Optional());

            const int smart = Features.SmartCharging;
            keys.Add(Limit(KeyNames.ChargeProfileMaxStackLevel, smart));
            keys.Add(Items(KeyNames.ChargingScheduleAllowedChargingRateUnit, smart, ChargingRateUnits, null).ReadOnlyAccess());
            keys.Add(Limit(KeyNames.ChargingScheduleMaxPeriods, smart));
            keys.Add(Flag(KeyNames.ConnectorSwitch3to1PhaseSupported, smart).ReadOnlyAccess().Optional());
            keys.Add(Limit(KeyNames.MaxChargingProfilesInstalled, smart));

            keys.Add(Items(KeyNames.SupportedFileTransferProtocols, Features.FirmwareManagement, FileTransferProtocols, null).ReadOnlyAccess().Optional());

            const int credentials = Features.SecurityCredentials;
            const int certificates = Features.SecurityCertificates;
            keys.Add(Flag(KeyNames.AdditionalRootCertificateCheck, certificates).ReadOnlyAccess());
            keys.Add(new ConfigKey(KeyNames.AuthorizationKey, ConfigKey.Text, credentials).Range(16, 40).WriteOnlyAccess().StoredIn(ConfigDocument.Security));
            keys.Add(Limit(KeyNames.CertificateSignedMaxChainSize, certificates).Optional());
            keys.Add(Limit(KeyNames.CertificateStoreMaxLength, certificates).Optional());
            keys.Add(new ConfigKey(KeyNames.CpoName, ConfigKey.Text, certificates).Range(1, 64).Optional());
            keys.Add(Number(KeyNames.SecurityProfile, credentials, 0, 3).NeverLower().StoredIn(ConfigDocument.Security));
            return keys;
        }

        private static ConfigKey Flag(string name, int feature)
        {
            return new ConfigKey(name, ConfigKey.Bool, feature);
        }

        private static ConfigKey Number(string name, int feature, int min, int max)
        {
            return new ConfigKey(name, ConfigKey.Integer, feature).Range(min, max);
        }

        /// <summary>A read-only figure the firmware states about itself.</summary>
        private static ConfigKey Limit(string name, int feature)
        {
            return new ConfigKey(name, ConfigKey.Integer, feature).ReadOnlyAccess();
        }

        private static ConfigKey Items(string name, int feature, string[] items, string maxItemsKey)
        {
            return new ConfigKey(name, ConfigKey.List, feature).OneOf(items, 0).Counted(maxItemsKey);
        }
    }
}
