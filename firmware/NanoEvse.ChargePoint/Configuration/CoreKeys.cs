namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// The Core profile keys (OCPP 1.6 section 9.1 with errata 3.83 and 3.91) with this charger's defaults.
    /// </summary>
    public static class CoreKeys
    {
        private const int NoLimit = int.MaxValue;
        private const string Measurand = "Energy.Active.Import.Register";

        public static void AddTo(ChargerConfiguration config, int numberOfConnectors)
        {
            Flag(config, KeyNames.AllowOfflineTxForUnknownId, false);
            Flag(config, KeyNames.AuthorizationCacheEnabled, true);
            Flag(config, KeyNames.AuthorizeRemoteTxRequests, true);
            Number(config, KeyNames.BlinkRepeat, 3, 0, NoLimit);
            Number(config, KeyNames.ClockAlignedDataInterval, 0, 0, 86400);
            Number(config, KeyNames.ConnectionTimeOut, 60, 0, NoLimit);
            Items(config, KeyNames.ConnectorPhaseRotation, "NotApplicable", KeyNames.ConnectorPhaseRotationMaxLength);
            Fixed(config, KeyNames.ConnectorPhaseRotationMaxLength, numberOfConnectors + 1);
            Fixed(config, KeyNames.GetConfigurationMaxKeys, 50);
            Number(config, KeyNames.HeartbeatInterval, 300, 0, NoLimit);
            Number(config, KeyNames.LightIntensity, 100, 0, 100);
            Flag(config, KeyNames.LocalAuthorizeOffline, true);
            Flag(config, KeyNames.LocalPreAuthorize, false);
            Number(config, KeyNames.MaxEnergyOnInvalidId, 0, 0, NoLimit);
            Number(config, KeyNames.MessageTimeout, 30, 1, 3600);
            Items(config, KeyNames.MeterValuesAlignedData, Measurand, KeyNames.MeterValuesAlignedDataMaxLength);
            Fixed(config, KeyNames.MeterValuesAlignedDataMaxLength, 8);
            Items(config, KeyNames.MeterValuesSampledData, Measurand, KeyNames.MeterValuesSampledDataMaxLength);
            Fixed(config, KeyNames.MeterValuesSampledDataMaxLength, 8);
            Number(config, KeyNames.MeterValueSampleInterval, 60, 0, NoLimit);
            Number(config, KeyNames.MinimumStatusDuration, 0, 0, NoLimit);
            Fixed(config, KeyNames.NumberOfConnectors, numberOfConnectors);
            Number(config, KeyNames.ResetRetries, 1, 0, NoLimit);
            Fixed(config, KeyNames.StopTransactionMaxMeterValues, 64);
            Flag(config, KeyNames.StopTransactionOnEVSideDisconnect, true);
            Flag(config, KeyNames.StopTransactionOnInvalidId, true);
            Items(config, KeyNames.StopTxnAlignedData, string.Empty, KeyNames.StopTxnAlignedDataMaxLength);
            Fixed(config, KeyNames.StopTxnAlignedDataMaxLength, 8);
            Items(config, KeyNames.StopTxnSampledData, string.Empty, KeyNames.StopTxnSampledDataMaxLength);
            Fixed(config, KeyNames.StopTxnSampledDataMaxLength, 8);
            config.Add(new ConfigKey(KeyNames.SupportedFeatureProfiles, ConfigKey.List, ConfigKey.ReadOnly, "Core", 0, 0, KeyNames.SupportedFeatureProfilesMaxLength, false));
            Fixed(config, KeyNames.SupportedFeatureProfilesMaxLength, 6);
            Number(config, KeyNames.TransactionMessageAttempts, 3, 1, 100);
            Number(config, KeyNames.TransactionMessageRetryInterval, 60, 0, NoLimit);
            Flag(config, KeyNames.UnlockConnectorOnEVSideDisconnect, true);
            Number(config, KeyNames.WebSocketPingInterval, 60, 0, NoLimit);
        }

        private static void Flag(ChargerConfiguration config, string name, bool value)
        {
            config.Add(new ConfigKey(name, ConfigKey.Bool, ConfigKey.ReadWrite, value ? "true" : "false", 0, 0, null, false));
        }

        private static void Number(ChargerConfiguration config, string name, int value, int min, int max)
        {
            config.Add(new ConfigKey(name, ConfigKey.Integer, ConfigKey.ReadWrite, value.ToString(), min, max, null, false));
        }

        private static void Fixed(ChargerConfiguration config, string name, int value)
        {
            config.Add(new ConfigKey(name, ConfigKey.Integer, ConfigKey.ReadOnly, value.ToString(), value, value, null, false));
        }

        private static void Items(ChargerConfiguration config, string name, string value, string maxItemsKey)
        {
            config.Add(new ConfigKey(name, ConfigKey.List, ConfigKey.ReadWrite, value, 0, 0, maxItemsKey, false));
        }
    }
}
