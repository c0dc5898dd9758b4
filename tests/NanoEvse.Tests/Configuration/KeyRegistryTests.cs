using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Configuration
{
    /// <summary>
    /// The key registry against the spec's key tables (OCPP 1.6 section 9 with the 2025-04 errata, security
    /// whitepaper section 7): every standard key exists with its type, access and profile, and a charger has
    /// a profile's keys exactly when it supports that profile.
    /// </summary>
    public class KeyRegistryTests
    {
        // Name, type (b, i, csl, s), access (R, RW, W, R/RW), feature, required.
        private static readonly (string Name, string Type, string Access, int Feature, bool Required)[] Spec =
        {
            ("AllowOfflineTxForUnknownId", "b", "RW", Features.Core, false),
            ("AuthorizationCacheEnabled", "b", "RW", Features.Core, false),
            ("AuthorizeRemoteTxRequests", "b", "R/RW", Features.Core, true),
            ("BlinkRepeat", "i", "RW", Features.Core, false),
            ("ClockAlignedDataInterval", "i", "RW", Features.Core, true),
            ("ConnectionTimeOut", "i", "RW", Features.Core, true),
            ("ConnectorPhaseRotation", "csl", "RW", Features.Core, true),
            ("ConnectorPhaseRotationMaxLength", "i", "R", Features.Core, false),
            ("GetConfigurationMaxKeys", "i", "R", Features.Core, true),
            ("HeartbeatInterval", "i", "RW", Features.Core, true),
            ("LightIntensity", "i", "RW", Features.Core, false),
            ("LocalAuthorizeOffline", "b", "RW", Features.Core, true),
            ("LocalPreAuthorize", "b", "RW", Features.Core, true),
            ("MaxEnergyOnInvalidId", "i", "RW", Features.Core, false),
            ("MessageTimeout", "i", "RW", Features.Core, false),
            ("MeterValuesAlignedData", "csl", "RW", Features.Core, true),
            ("MeterValuesAlignedDataMaxLength", "i", "R", Features.Core, false),
            ("MeterValuesSampledData", "csl", "RW", Features.Core, true),
            ("MeterValuesSampledDataMaxLength", "i", "R", Features.Core, false),
            ("MeterValueSampleInterval", "i", "RW", Features.Core, true),
            ("MinimumStatusDuration", "i", "RW", Features.Core, false),
            ("NumberOfConnectors", "i", "R", Features.Core, true),
            ("ResetRetries", "i", "RW", Features.Core, true),
            ("StopTransactionMaxMeterValues", "i", "R", Features.Core, false),
            ("StopTransactionOnEVSideDisconnect", "b", "R/RW", Features.Core, false),
            ("StopTransactionOnInvalidId", "b", "RW", Features.Core, true),
            ("StopTxnAlignedData", "csl", "RW", Features.Core, true),
            ("StopTxnAlignedDataMaxLength", "i", "R", Features.Core, false),
            ("StopTxnSampledData", "csl", "RW", Features.Core, true),
            ("StopTxnSampledDataMaxLength", "i", "R", Features.Core, false),
            ("SupportedFeatureProfiles", "csl", "R", Features.Core, true),
            ("SupportedFeatureProfilesMaxLength", "i", "R", Features.Core, false),
            ("TransactionMessageAttempts", "i", "RW", Features.Core, true),
            ("TransactionMessageRetryInterval", "i", "RW", Features.Core, true),
            ("UnlockConnectorOnEVSideDisconnect", "b", "R/RW", Features.Core, true),
            ("WebSocketPingInterval", "i", "RW", Features.Core, false),
            ("LocalAuthListEnabled", "b", "RW", Features.LocalAuthListManagement, true),
            ("LocalAuthListMaxLength", "i", "R", Features.LocalAuthListManagement, true),
            ("SendLocalListMaxLength", "i", "R", Features.LocalAuthListManagement, true),
            ("ReserveConnectorZeroSupported", "b", "R", Features.Reservation, false),
            ("ChargeProfileMaxStackLevel", "i", "R", Features.SmartCharging, true),
            ("ChargingScheduleAllowedChargingRateUnit", "csl", "R", Features.SmartCharging, true),
            ("ChargingScheduleMaxPeriods", "i", "R", Features.SmartCharging, true),
            ("ConnectorSwitch3to1PhaseSupported", "b", "R", Features.SmartCharging, false),
            ("MaxChargingProfilesInstalled", "i", "R", Features.SmartCharging, true),
            ("SupportedFileTransferProtocols", "csl", "R", Features.FirmwareManagement, false),
            ("AdditionalRootCertificateCheck", "b", "R", Features.SecurityCertificates, true),
            ("AuthorizationKey", "s", "W", Features.SecurityCredentials, true),
            ("CertificateSignedMaxChainSize", "i", "R", Features.SecurityCertificates, false),
            ("CertificateStoreMaxLength", "i", "R", Features.SecurityCertificates, false),
            ("CpoName", "s", "RW", Features.SecurityCertificates, false),
            ("SecurityProfile", "i", "RW", Features.SecurityCredentials, true),
        };

        private static readonly Dictionary<string, int> Types = new() { ["b"] = ConfigKey.Bool, ["i"] = ConfigKey.Integer, ["csl"] = ConfigKey.List, ["s"] = ConfigKey.Text };

        [Fact]
        public void Every_standard_key_is_defined_once_with_its_spec_type_access_and_profile()
        {
            var defined = StandardKeys.Define(Measurands.Metered).Cast<ConfigKey>().ToList();

            Assert.Equal(Spec.Select(s => s.Name), defined.Select(k => k.Name));
            foreach (var (key, spec) in defined.Zip(Spec))
            {
                Assert.True(Types[spec.Type] == key.Type, key.Name + " type");
                Assert.True(spec.Feature == key.Feature, key.Name + " feature");
                Assert.True(spec.Required == key.Required, key.Name + " required");
                int access = spec.Access switch { "R" => ConfigKey.ReadOnly, "W" => ConfigKey.WriteOnly, _ => ConfigKey.ReadWrite };
                Assert.True(access == key.Access, key.Name + " access");
            }
        }

        [Fact]
        public void A_charger_with_every_profile_has_every_key_and_lists_the_profiles()
        {
            ChargerRig rig = new ChargerRig(configure: s => { s.Profile = FullProfile.Create(); s.Modules = FullProfile.Modules(); });
            rig.BootAccepted();

            var answer = rig.GetConfiguration();

            Assert.Equal(Spec.Where(s => s.Access != "W").Select(s => s.Name).OrderBy(n => n), answer.Keys.Select(k => k.Key).OrderBy(n => n));
            Assert.Equal("Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger", answer["SupportedFeatureProfiles"].Value);
        }

        [Theory]
        [InlineData(Features.FirmwareManagement)]
        [InlineData(Features.LocalAuthListManagement)]
        [InlineData(Features.Reservation)]
        [InlineData(Features.SmartCharging)]
        [InlineData(Features.SecurityCredentials)]
        [InlineData(Features.SecurityCertificates)]
        public void Keys_of_a_profile_the_charger_does_not_support_are_absent_and_NotSupported(int feature)
        {
            ChargerRig rig = new ChargerRig(configure: s => { s.Profile = FullProfile.Create(FullProfile.AllFeatures & ~feature); s.Modules = FullProfile.Modules(); });
            rig.BootAccepted();

            var answer = rig.GetConfiguration();

            var ofFeature = Spec.Where(s => s.Feature == feature).Select(s => s.Name).ToList();
            Assert.NotEmpty(ofFeature);
            Assert.DoesNotContain(answer.Keys, k => ofFeature.Contains(k.Key));
            Assert.All(ofFeature, name => Assert.Equal("NotSupported", rig.ChangeConfiguration(name, "1")));
            Assert.Equal(Spec.Count(s => s.Feature != feature && s.Access != "W"), answer.Keys.Count);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void Built_in_profiles_give_every_required_key_a_value_that_passes_its_own_rules(string name)
        {
            ChargerProfile profile = ChargerProfiles.Find(name);
            ChargerConfiguration config = new ChargerConfiguration(profile, new NanoEvse.ChargePoint.Storage.DocumentStore(new NanoEvse.Hal.Host.SimulatedFlash(), new RecordingLog()), new RecordingLog());

            foreach (var spec in Spec.Where(s => s.Required && profile.Supports(s.Feature)))
            {
                Assert.True(config.Find(spec.Name) != null, spec.Name + " is missing from " + name);
            }

            for (int i = 0; i < config.Count; i++)
            {
                ConfigKey key = config[i];
                bool emptyInteger = key.Type == ConfigKey.Integer && key.Value.Length == 0;
                bool unsetSecret = key.Access == ConfigKey.WriteOnly && key.Value.Length == 0;
                if (!emptyInteger && !unsetSecret && key.Access != ConfigKey.ReadOnly)
                {
                    Assert.True(ConfigValues.Check(key, key.Value, config.MaxItems(key), profile.NumberOfConnectors), key.Name + " = '" + key.Value + "' breaks its rules");
                }
            }
        }

        [Fact]
        public void Profile_names_are_found_in_any_case_and_unknown_names_are_not()
        {
            Assert.Equal("product-b", ChargerProfiles.Find("Product-B").Name);
            Assert.Null(ChargerProfiles.Find("product-c"));
            Assert.Equal(new[] { "default", "product-a", "product-b" }, ChargerProfiles.Names);
        }
    }
}
