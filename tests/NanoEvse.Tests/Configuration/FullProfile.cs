using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.Configuration
{
    /// <summary>A charger model with every feature profile and every optional key, to exercise the whole registry.</summary>
    public static class FullProfile
    {
        /// <summary>Every module the build links.</summary>
        public static IFeatureModule[] Modules()
        {
            return TestModules.Linked();
        }

        public const int AllFeatures = Features.Core | Features.FirmwareManagement | Features.LocalAuthListManagement
            | Features.Reservation | Features.SmartCharging | Features.RemoteTrigger
            | Features.SecurityCredentials | Features.SecurityCertificates;

        public static ChargerProfile Create(int features = AllFeatures)
        {
            ChargerProfile full = new ChargerProfile("full", features);
            ChargerProfile baseline = ChargerProfiles.Default();
            foreach (var key in StandardKeys.Define(Measurands.Metered))
            {
                string name = ((ConfigKey)key).Name;
                string value = baseline.DefaultOf(name);
                if (value != null)
                {
                    full.Set(name, value);
                }
            }

            full.Set(KeyNames.LocalAuthListEnabled, "true")
                .Set(KeyNames.LocalAuthListMaxLength, "500")
                .Set(KeyNames.SendLocalListMaxLength, "50")
                .Set(KeyNames.ReserveConnectorZeroSupported, "false")
                .Set(KeyNames.ChargeProfileMaxStackLevel, "8")
                .Set(KeyNames.ChargingScheduleAllowedChargingRateUnit, "Current,Power")
                .Set(KeyNames.ChargingScheduleMaxPeriods, "24")
                .Set(KeyNames.ConnectorSwitch3to1PhaseSupported, "false")
                .Set(KeyNames.MaxChargingProfilesInstalled, "10")
                .Set(KeyNames.SupportedFileTransferProtocols, "HTTP,HTTPS")
                .Set(KeyNames.AdditionalRootCertificateCheck, "false")
                .Set(KeyNames.CertificateSignedMaxChainSize, "10000")
                .Set(KeyNames.CertificateStoreMaxLength, "4")
                .Set(KeyNames.CpoName, "nanoEVSE CPO");
            return full;
        }
    }
}
