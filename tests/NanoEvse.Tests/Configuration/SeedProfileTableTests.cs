using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Configuration
{
    /// <summary>
    /// The product-a and product-b profiles answer GetConfiguration with exactly the keys and values of the
    /// certificates' configuration tables (seed-profiles.md): "-" keys absent, "(empty)" keys present and empty.
    /// </summary>
    public class SeedProfileTableTests
    {
        private const string Absent = "-";

        // Key, product A, product B, as printed in the certificates (product A re-aligned).
        private static readonly string[][] CertificateTable =
        {
            new[] { "AllowOfflineTxForUnknownId", Absent, "TRUE" },
            new[] { "AuthorizationCacheEnabled", Absent, Absent },
            new[] { "AuthorizeRemoteTxRequests", "FALSE", "TRUE" },
            new[] { "BlinkRepeat", "", "5" },
            new[] { "ClockAlignedDataInterval", "0", "0" },
            new[] { "ConnectionTimeOut", "300", "60" },
            new[] { "ConnectorPhaseRotation", "NotApplicable", "RST" },
            new[] { "ConnectorPhaseRotationMaxLength", Absent, "1" },
            new[] { "GetConfigurationMaxKeys", "1", "19" },
            new[] { "HeartbeatInterval", "20", "10" },
            new[] { "LightIntensity", "", "0" },
            new[] { "LocalAuthorizeOffline", "FALSE", "TRUE" },
            new[] { "LocalPreAuthorize", "FALSE", "FALSE" },
            new[] { "MaxEnergyOnInvalidId", Absent, "0" },
            new[] { "MessageTimeout", "", Absent },
            new[] { "MeterValuesAlignedData", "Energy.Active.Export.Register", "Energy.Active.Import.Register" },
            new[] { "MeterValuesAlignedDataMaxLength", "210", "10" },
            new[] { "MeterValuesSampledData", "Energy.Active.Export.Register", "Energy.Active.Import.Register" },
            new[] { "MeterValuesSampledDataMaxLength", "210", "10" },
            new[] { "MeterValueSampleInterval", "60", "20" },
            new[] { "MinimumStatusDuration", "0", "0" },
            new[] { "NumberOfConnectors", "1", "1" },
            new[] { "ResetRetries", "0", "3" },
            new[] { "StopTransactionMaxMeterValues", "350", null },
            new[] { "StopTransactionOnEVSideDisconnect", "FALSE", "FALSE" },
            new[] { "StopTransactionOnInvalidId", "FALSE", "FALSE" },
            new[] { "StopTxnAlignedData", "Energy.Active.Export.Register", "Energy.Active.Import.Register" },
            new[] { "StopTxnAlignedDataMaxLength", "250", "10" },
            new[] { "StopTxnSampledData", "Energy.Active.Export.Register", "Energy.Active.Import.Register" },
            new[] { "StopTxnSampledDataMaxLength", "250", "10" },
            new[] { "SupportedFeatureProfiles", "Core", "Core" },
            new[] { "SupportedFeatureProfilesMaxLength", Absent, "10" },
            new[] { "TransactionMessageAttempts", "10", "3" },
            new[] { "TransactionMessageRetryInterval", "60", "60" },
            new[] { "UnlockConnectorOnEVSideDisconnect", "FALSE", "FALSE" },
            new[] { "WebSocketPingInterval", Absent, "10" },
        };

        public static IEnumerable<object[]> Products => new[] { new object[] { "product-a", 1 }, new object[] { "product-b", 2 } };

        [Theory]
        [MemberData(nameof(Products))]
        public void GetConfiguration_lists_exactly_the_certified_keys_and_values(string profile, int column)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);

            var answer = rig.GetConfiguration();

            var expected = CertificateTable.Where(row => row[column] != Absent).ToList();
            Assert.Equal(expected.Select(row => row[0]).OrderBy(k => k), answer.Keys.Select(k => k.Key).OrderBy(k => k));
            foreach (string[] row in expected.Where(row => row[column] != null))
            {
                Assert.True(string.Equals(row[column], answer[row[0]].Value, System.StringComparison.OrdinalIgnoreCase),
                    row[0] + ": certificate " + row[column] + ", charger " + answer[row[0]].Value);
            }
        }

        [Theory]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void Keys_of_the_optional_feature_profiles_are_absent(string profile)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);
            string[] optionalProfileKeys =
            {
                "LocalAuthListEnabled", "LocalAuthListMaxLength", "SendLocalListMaxLength", "ReserveConnectorZeroSupported",
                "ChargeProfileMaxStackLevel", "ChargingScheduleAllowedChargingRateUnit", "ChargingScheduleMaxPeriods",
                "ConnectorSwitch3to1PhaseSupported", "MaxChargingProfilesInstalled", "SupportedFileTransferProtocols",
                "AuthorizationKey", "SecurityProfile", "CpoName", "AdditionalRootCertificateCheck",
            };

            foreach (string key in optionalProfileKeys)
            {
                var answer = rig.GetConfiguration(key);
                Assert.Empty(answer.Keys);
                Assert.Equal(new[] { key }, answer.Unknown);
                Assert.Equal("NotSupported", rig.ChangeConfiguration(key, "1"));
            }
        }

        [Fact]
        public void Product_b_has_a_fixed_cable_so_UnlockConnectorOnEVSideDisconnect_is_false_and_read_only()
        {
            ChargerProfile b = ChargerProfiles.ProductB();
            Assert.True(b.FixedCable);
            Assert.True(b.RfidReader);
            ChargerRig rig = ConfigurationCalls.Booted("product-b");

            var key = rig.GetConfiguration("UnlockConnectorOnEVSideDisconnect")["UnlockConnectorOnEVSideDisconnect"];

            Assert.Equal("false", key.Value);
            Assert.True(key.ReadOnly);
            Assert.Equal("Rejected", rig.ChangeConfiguration("UnlockConnectorOnEVSideDisconnect", "true"));
        }

        [Fact]
        public void Product_a_has_a_socket_and_no_reader_so_the_unlock_key_stays_writable()
        {
            ChargerProfile a = ChargerProfiles.ProductA();
            Assert.False(a.FixedCable);
            Assert.False(a.RfidReader);
            Assert.Equal(1, a.NumberOfConnectors);
            ChargerRig rig = ConfigurationCalls.Booted("product-a");

            Assert.Equal("Accepted", rig.ChangeConfiguration("UnlockConnectorOnEVSideDisconnect", "true"));
            Assert.Equal("true", rig.GetConfiguration("UnlockConnectorOnEVSideDisconnect").Keys[0].Value);
        }
    }
}
