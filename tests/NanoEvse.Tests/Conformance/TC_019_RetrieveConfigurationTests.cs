using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_019 Retrieve configuration: the four GetConfiguration requests OCTT sends.</summary>
    public class TC_019_RetrieveConfigurationTests
    {
        /// <summary>
        /// The Core keys a charger must return (OCPP 1.6 section 9.1 with the errata), and whether each must be read-only
        /// (true), read-write (false) or may be either (null), written out here rather than taken from the charger's own
        /// key registry, so the test cannot agree with a registry that is wrong. AuthorizeRemoteTxRequests is "R or RW"
        /// for OCTT. StopTransactionOnEVSideDisconnect became optional and "R or RW" in errata 3.80, but this charger
        /// promises it read-write (TC_005_3 needs to change it), so it is required RW here.
        /// UnlockConnectorOnEVSideDisconnect is checked per profile in TC_019_2.
        /// </summary>
        private static readonly (string Key, bool? ReadOnly)[] RequiredCoreKeys =
        {
            ("AuthorizeRemoteTxRequests", null),
            ("ClockAlignedDataInterval", false),
            ("ConnectionTimeOut", false),
            ("ConnectorPhaseRotation", false),
            ("GetConfigurationMaxKeys", true),
            ("HeartbeatInterval", false),
            ("LocalAuthorizeOffline", false),
            ("LocalPreAuthorize", false),
            ("MeterValuesAlignedData", false),
            ("MeterValuesSampledData", false),
            ("MeterValueSampleInterval", false),
            ("NumberOfConnectors", true),
            ("ResetRetries", false),
            ("StopTransactionOnEVSideDisconnect", false),
            ("StopTransactionOnInvalidId", false),
            ("StopTxnAlignedData", false),
            ("StopTxnSampledData", false),
            ("SupportedFeatureProfiles", true),
            ("TransactionMessageAttempts", false),
            ("TransactionMessageRetryInterval", false),
        };

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_019_1_SupportedFeatureProfiles_alone(string profile)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);

            var answer = rig.GetConfiguration("SupportedFeatureProfiles");

            var key = Assert.Single(answer.Keys);
            Assert.Equal("SupportedFeatureProfiles", key.Key);
            Assert.True(key.ReadOnly);
            Assert.Contains("Core", key.Value.Split(','));
            Assert.Empty(answer.Unknown);
        }

        /// <summary>
        /// Every required key, with its accessibility. UnlockConnectorOnEVSideDisconnect is required and read-write on a
        /// socket (default, product-a). A fixed cable (product-b) has nothing to unlock: errata 3.84/3.85 (2025-04) make
        /// it report false and read-only, which OCTT's "R or RW" for this key accepts.
        /// </summary>
        [Theory]
        [InlineData("default", false)]
        [InlineData("product-a", false)]
        [InlineData("product-b", true)]
        public void TC_019_2_no_keys_returns_every_required_key_with_its_accessibility(string profile, bool unlockReadOnly)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);

            var answer = rig.GetConfiguration();

            foreach (var (name, readOnly) in RequiredCoreKeys)
            {
                var key = answer[name];
                Assert.True(key != null, name + " is missing");
                Assert.NotNull(key.Value);
                if (readOnly.HasValue)
                {
                    Assert.True(readOnly.Value == key.ReadOnly, name + " has the wrong accessibility");
                }
            }

            var unlock = answer["UnlockConnectorOnEVSideDisconnect"];
            Assert.True(unlock != null, "UnlockConnectorOnEVSideDisconnect is missing");
            Assert.Equal(unlockReadOnly, unlock.ReadOnly);
            if (unlockReadOnly)
            {
                Assert.Equal("false", unlock.Value);
            }

            Assert.Equal(answer.Keys.Count, answer.Keys.Select(k => k.Key).Distinct().Count());
            Assert.Empty(answer.Unknown);
        }

        [Theory]
        [InlineData("default", "50")]
        [InlineData("product-a", "1")]
        [InlineData("product-b", "19")]
        public void TC_019_3_GetConfigurationMaxKeys(string profile, string expected)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);

            var key = Assert.Single(rig.GetConfiguration("GetConfigurationMaxKeys").Keys);

            Assert.Equal(expected, key.Value);
            Assert.True(key.ReadOnly);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_019_4_as_many_keys_as_GetConfigurationMaxKeys_allows_are_all_returned(string profile)
        {
            ChargerRig rig = ConfigurationCalls.Booted(profile);
            var all = rig.GetConfiguration();
            int maxKeys = int.Parse(all["GetConfigurationMaxKeys"].Value);
            string[] requested = all.Keys.Select(k => k.Key).Take(System.Math.Min(maxKeys, all.Keys.Count)).ToArray();

            var answer = rig.GetConfiguration(requested);

            Assert.Equal(requested, answer.Keys.Select(k => k.Key));
            Assert.Equal(requested.Select(r => all[r].Value), answer.Keys.Select(k => k.Value));
            Assert.Empty(answer.Unknown);
        }
    }
}
