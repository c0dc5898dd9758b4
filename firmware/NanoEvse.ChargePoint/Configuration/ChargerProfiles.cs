namespace NanoEvse.ChargePoint.Configuration
{
    /// <summary>
    /// The built-in charger profiles: nanoEVSE's own default, and the two OCA-certified products whose
    /// certificate configuration tables they reproduce key for key (docs: seed-profiles.md).
    /// </summary>
    public static class ChargerProfiles
    {
        public const string DefaultName = "default";
        public const string ProductAName = "product-a";
        public const string ProductBName = "product-b";

        public static readonly string[] Names = new string[] { DefaultName, ProductAName, ProductBName };

        /// <summary>The profile called <paramref name="name"/> (any case), or null.</summary>
        public static ChargerProfile Find(string name)
        {
            string lower = name == null ? null : name.ToLower();
            if (lower == DefaultName)
            {
                return Default();
            }

            if (lower == ProductAName)
            {
                return ProductA();
            }

            return lower == ProductBName ? ProductB() : null;
        }

        /// <summary>nanoEVSE on its reference board: a socket, an RFID reader, Basic-auth credentials.</summary>
        public static ChargerProfile Default()
        {
            ChargerProfile p = new ChargerProfile(DefaultName,
                Features.Core | Features.FirmwareManagement | Features.RemoteTrigger | Features.LocalAuthListManagement | Features.Reservation
                | Features.SmartCharging | Features.SecurityCredentials);
            p.RfidReader = true;
            p.Set(KeyNames.AllowOfflineTxForUnknownId, "false")
                .Set(KeyNames.AuthorizationCacheEnabled, "true")
                .Set(KeyNames.AuthorizeRemoteTxRequests, "true")
                .Set(KeyNames.BlinkRepeat, "3")
                .Set(KeyNames.ChargeProfileMaxStackLevel, "8")
                .Set(KeyNames.ChargingScheduleAllowedChargingRateUnit, "Current,Power")
                .Set(KeyNames.ChargingScheduleMaxPeriods, "24")
                .Set(KeyNames.ClockAlignedDataInterval, "0")
                .Set(KeyNames.ConnectionTimeOut, "60")
                .Set(KeyNames.ConnectorSwitch3to1PhaseSupported, "false")
                .Set(KeyNames.ConnectorPhaseRotation, "1.RST")
                .Set(KeyNames.ConnectorPhaseRotationMaxLength, "2")
                .Set(KeyNames.GetConfigurationMaxKeys, "50")
                .Set(KeyNames.HeartbeatInterval, "300")
                .Set(KeyNames.LightIntensity, "100")
                .Set(KeyNames.LocalAuthListEnabled, "true")
                .Set(KeyNames.LocalAuthListMaxLength, "100")
                .Set(KeyNames.LocalAuthorizeOffline, "true")
                .Set(KeyNames.LocalPreAuthorize, "false")
                .Set(KeyNames.MaxChargingProfilesInstalled, "10")
                .Set(KeyNames.MaxEnergyOnInvalidId, "0")
                .Set(KeyNames.MessageTimeout, "30")
                .Set(KeyNames.MeterValuesAlignedData, Measurands.EnergyActiveImportRegister)
                .Set(KeyNames.MeterValuesAlignedDataMaxLength, "8")
                .Set(KeyNames.MeterValuesSampledData, Measurands.EnergyActiveImportRegister)
                .Set(KeyNames.MeterValuesSampledDataMaxLength, "8")
                .Set(KeyNames.MeterValueSampleInterval, "60")
                .Set(KeyNames.MinimumStatusDuration, "0")
                .Set(KeyNames.ReserveConnectorZeroSupported, "true")
                .Set(KeyNames.ResetRetries, "1")
                .Set(KeyNames.SendLocalListMaxLength, "50")
                .Set(KeyNames.StopTransactionMaxMeterValues, "64")
                .Set(KeyNames.StopTransactionOnEVSideDisconnect, "true")
                .Set(KeyNames.StopTransactionOnInvalidId, "true")
                .Set(KeyNames.StopTxnAlignedData, string.Empty)
                .Set(KeyNames.StopTxnAlignedDataMaxLength, "8")
                .Set(KeyNames.StopTxnSampledData, string.Empty)
                .Set(KeyNames.StopTxnSampledDataMaxLength, "8")
                .Set(KeyNames.SupportedFeatureProfilesMaxLength, "6")
                .Set(KeyNames.SupportedFileTransferProtocols, "FTP,HTTP,HTTPS")
                .Set(KeyNames.TransactionMessageAttempts, "3")
                .Set(KeyNames.TransactionMessageRetryInterval, "60")
                .Set(KeyNames.UnlockConnectorOnEVSideDisconnect, "true")
                .Set(KeyNames.WebSocketPingInterval, "60")
                .Set(KeyNames.AuthorizationKey, string.Empty)
                .Set(KeyNames.SecurityProfile, "0");
            return p;
        }

        /// <summary>Autocrypt ACO-100-BTW (OCA.0016.0155.CS): a socket, no RFID reader; its table re-aligned.</summary>
        public static ChargerProfile ProductA()
        {
            ChargerProfile p = new ChargerProfile(ProductAName, Features.Core);
            p.Vendor = "Autocrypt";
            p.Model = "ACO-100-BTW";
            const string measurand = Measurands.EnergyActiveExportRegister;
            p.Set(KeyNames.AuthorizeRemoteTxRequests, "false")
                .Set(KeyNames.BlinkRepeat, string.Empty)
                .Set(KeyNames.ClockAlignedDataInterval, "0")
                .Set(KeyNames.ConnectionTimeOut, "300")
                .Set(KeyNames.ConnectorPhaseRotation, "NotApplicable")
                .Set(KeyNames.GetConfigurationMaxKeys, "1")
                .Set(KeyNames.HeartbeatInterval, "20")
                .Set(KeyNames.LightIntensity, string.Empty)
                .Set(KeyNames.LocalAuthorizeOffline, "false")
                .Set(KeyNames.LocalPreAuthorize, "false")
                .Set(KeyNames.MessageTimeout, string.Empty)
                .Set(KeyNames.MeterValuesAlignedData, measurand)
                .Set(KeyNames.MeterValuesAlignedDataMaxLength, "210")
                .Set(KeyNames.MeterValuesSampledData, measurand)
                .Set(KeyNames.MeterValuesSampledDataMaxLength, "210")
                .Set(KeyNames.MeterValueSampleInterval, "60")
                .Set(KeyNames.MinimumStatusDuration, "0")
                .Set(KeyNames.ResetRetries, "0")
                .Set(KeyNames.StopTransactionMaxMeterValues, "350")
                .Set(KeyNames.StopTransactionOnEVSideDisconnect, "false")
                .Set(KeyNames.StopTransactionOnInvalidId, "false")
                .Set(KeyNames.StopTxnAlignedData, measurand)
                .Set(KeyNames.StopTxnAlignedDataMaxLength, "250")
                .Set(KeyNames.StopTxnSampledData, measurand)
                .Set(KeyNames.StopTxnSampledDataMaxLength, "250")
                .Set(KeyNames.TransactionMessageAttempts, "10")
                .Set(KeyNames.TransactionMessageRetryInterval, "60")
                .Set(KeyNames.UnlockConnectorOnEVSideDisconnect, "false");
            return p;
        }

        /// <summary>
        /// CROCUS AE100K-C1XS-MO-1C (OCA.0016.0390.CS): a fixed cable and one RFID reader. Its
        /// StopTransactionMaxMeterValues is illegible in the certificate; 10 matches its other list limits.
        /// </summary>
        public static ChargerProfile ProductB()
        {
            ChargerProfile p = new ChargerProfile(ProductBName, Features.Core);
            p.Vendor = "CROCUS";
            p.Model = "AE100K-C1XS-MO-1C";
            p.FixedCable = true;
            p.RfidReader = true;
            const string measurand = Measurands.EnergyActiveImportRegister;
            p.Set(KeyNames.AllowOfflineTxForUnknownId, "true")
                .Set(KeyNames.AuthorizeRemoteTxRequests, "true")
                .Set(KeyNames.BlinkRepeat, "5")
                .Set(KeyNames.ClockAlignedDataInterval, "0")
                .Set(KeyNames.ConnectionTimeOut, "60")
                .Set(KeyNames.ConnectorPhaseRotation, "RST")
                .Set(KeyNames.ConnectorPhaseRotationMaxLength, "1")
                .Set(KeyNames.GetConfigurationMaxKeys, "19")
                .Set(KeyNames.HeartbeatInterval, "10")
                .Set(KeyNames.LightIntensity, "0")
                .Set(KeyNames.LocalAuthorizeOffline, "true")
                .Set(KeyNames.LocalPreAuthorize, "false")
                .Set(KeyNames.MaxEnergyOnInvalidId, "0")
                .Set(KeyNames.MeterValuesAlignedData, measurand)
                .Set(KeyNames.MeterValuesAlignedDataMaxLength, "10")
                .Set(KeyNames.MeterValuesSampledData, measurand)
                .Set(KeyNames.MeterValuesSampledDataMaxLength, "10")
                .Set(KeyNames.MeterValueSampleInterval, "20")
                .Set(KeyNames.MinimumStatusDuration, "0")
                .Set(KeyNames.ResetRetries, "3")
                .Set(KeyNames.StopTransactionMaxMeterValues, "10")
                .Set(KeyNames.StopTransactionOnEVSideDisconnect, "false")
                .Set(KeyNames.StopTransactionOnInvalidId, "false")
                .Set(KeyNames.StopTxnAlignedData, measurand)
                .Set(KeyNames.StopTxnAlignedDataMaxLength, "10")
                .Set(KeyNames.StopTxnSampledData, measurand)
                .Set(KeyNames.StopTxnSampledDataMaxLength, "10")
                .Set(KeyNames.SupportedFeatureProfilesMaxLength, "10")
                .Set(KeyNames.TransactionMessageAttempts, "3")
                .Set(KeyNames.TransactionMessageRetryInterval, "60")
                .Set(KeyNames.WebSocketPingInterval, "10");
            return p;
        }
    }
}
