using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Configuration
{
    /// <summary>What ChangeConfiguration accepts and refuses, key by key, on a charger with every profile.</summary>
    public class ChangeConfigurationRulesTests
    {
        private static ChargerRig Full()
        {
            ChargerRig rig = new ChargerRig(configure: s => { s.Profile = FullProfile.Create(); s.Modules = FullProfile.Modules(); });
            rig.BootAccepted();
            return rig;
        }

        [Theory]
        // Booleans: true or false in any case, nothing else.
        [InlineData("AllowOfflineTxForUnknownId", "TRUE", "Accepted", "true")]
        [InlineData("AuthorizationCacheEnabled", "False", "Accepted", "false")]
        [InlineData("LocalPreAuthorize", "yes", "Rejected", null)]
        [InlineData("LocalAuthorizeOffline", "1", "Rejected", null)]
        [InlineData("StopTransactionOnInvalidId", "", "Rejected", null)]
        [InlineData("LocalAuthListEnabled", "false", "Accepted", "false")]
        [InlineData("AuthorizeRemoteTxRequests", "false", "Accepted", "false")]
        [InlineData("StopTransactionOnEVSideDisconnect", "FALSE", "Accepted", "false")]
        [InlineData("UnlockConnectorOnEVSideDisconnect", "maybe", "Rejected", null)]
        // Integers: plain decimals within the key's range.
        [InlineData("HeartbeatInterval", "0", "Accepted", "0")]
        [InlineData("HeartbeatInterval", "86400", "Accepted", "86400")]
        [InlineData("HeartbeatInterval", "86401", "Rejected", null)]
        [InlineData("HeartbeatInterval", "12.5", "Rejected", null)]
        [InlineData("HeartbeatInterval", " 60", "Rejected", null)]
        [InlineData("HeartbeatInterval", "1e3", "Rejected", null)]
        [InlineData("HeartbeatInterval", "99999999999", "Rejected", null)]
        [InlineData("HeartbeatInterval", "007", "Accepted", "7")]
        [InlineData("MeterValueSampleInterval", "-1", "Rejected", null)]
        [InlineData("ClockAlignedDataInterval", "900", "Accepted", "900")]
        [InlineData("ConnectionTimeOut", "0", "Rejected", null)]
        [InlineData("ConnectionTimeOut", "120", "Accepted", "120")]
        [InlineData("LightIntensity", "101", "Rejected", null)]
        [InlineData("LightIntensity", "50", "Accepted", "50")]
        [InlineData("BlinkRepeat", "-3", "Rejected", null)]
        [InlineData("MinimumStatusDuration", "0", "Accepted", "0")]
        [InlineData("ResetRetries", "11", "Rejected", null)]
        [InlineData("TransactionMessageAttempts", "0", "Rejected", null)]
        [InlineData("TransactionMessageRetryInterval", "30", "Accepted", "30")]
        [InlineData("TransactionMessageRetryInterval", "0", "Rejected", null)]
        [InlineData("WebSocketPingInterval", "-5", "Rejected", null)]
        [InlineData("WebSocketPingInterval", "0", "Accepted", "0")]
        [InlineData("MessageTimeout", "0", "Rejected", null)]
        [InlineData("MaxEnergyOnInvalidId", "2147483647", "Accepted", "2147483647")]
        // Measurand lists: known measurands the meter has, at most *MaxLength of them, no repeats; empty means none.
        [InlineData("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import", "Accepted", "Energy.Active.Import.Register,Power.Active.Import")]
        [InlineData("MeterValuesSampledData", "Energy.Active.Import.Register, Voltage", "Accepted", "Energy.Active.Import.Register,Voltage")]
        [InlineData("MeterValuesSampledData", "Energy.Active.Import.Register,Bogus", "Rejected", null)]
        [InlineData("MeterValuesSampledData", "energy.active.import.register", "Rejected", null)]
        [InlineData("MeterValuesSampledData", "SoC", "Rejected", null)]
        [InlineData("MeterValuesSampledData", "Voltage,Voltage", "Rejected", null)]
        [InlineData("MeterValuesSampledData", "Voltage,,Frequency", "Rejected", null)]
        [InlineData("MeterValuesAlignedData", "", "Accepted", "")]
        [InlineData("StopTxnSampledData", "Current.Import", "Accepted", "Current.Import")]
        [InlineData("StopTxnAlignedData", "Energy.Active.Import.Register", "Accepted", "Energy.Active.Import.Register")]
        // Phase rotation: a rotation, optionally for one connector 0..N.
        [InlineData("ConnectorPhaseRotation", "0.RST,1.STR", "Accepted", "0.RST,1.STR")]
        [InlineData("ConnectorPhaseRotation", "NotApplicable", "Accepted", "NotApplicable")]
        [InlineData("ConnectorPhaseRotation", "2.RST", "Rejected", null)]
        [InlineData("ConnectorPhaseRotation", "1.XYZ", "Rejected", null)]
        [InlineData("ConnectorPhaseRotation", "0.RST,1.RST,1.RTS", "Rejected", null)]
        // Texts: within their lengths.
        [InlineData("CpoName", "Example CPO", "Accepted", "Example CPO")]
        [InlineData("CpoName", "", "Rejected", null)]
        // Read-only keys never change.
        [InlineData("NumberOfConnectors", "2", "Rejected", null)]
        [InlineData("GetConfigurationMaxKeys", "10", "Rejected", null)]
        [InlineData("SupportedFeatureProfiles", "Core", "Rejected", null)]
        [InlineData("MeterValuesSampledDataMaxLength", "20", "Rejected", null)]
        [InlineData("ChargingScheduleAllowedChargingRateUnit", "Current", "Rejected", null)]
        [InlineData("ReserveConnectorZeroSupported", "true", "Rejected", null)]
        [InlineData("AdditionalRootCertificateCheck", "true", "Rejected", null)]
        public void Value_is_checked_against_the_key(string key, string value, string expected, string stored)
        {
            ChargerRig rig = Full();
            string before = rig.GetConfiguration(key)[key].Value;

            Assert.Equal(expected, rig.ChangeConfiguration(key, value));

            Assert.Equal(expected == "Accepted" ? stored : before, rig.GetConfiguration(key)[key].Value);
        }

        [Fact]
        public void Every_read_only_key_refuses_every_value_and_keeps_its_own()
        {
            ChargerRig rig = Full();
            var config = rig.Charger.Configuration;
            var readOnly = Enumerable.Range(0, config.Count).Select(i => config[i]).Where(k => k.Access == ConfigKey.ReadOnly).ToList();
            Assert.True(readOnly.Count >= 20);

            foreach (ConfigKey key in readOnly)
            {
                string before = key.Value;
                Assert.Equal("Rejected", rig.ChangeConfiguration(key.Name, before));
                Assert.Equal("Rejected", rig.ChangeConfiguration(key.Name, "1"));
                Assert.Equal(before, key.Value);
            }

            Assert.Equal(0, rig.Flash.BytesWritten);
        }

        [Fact]
        public void Key_names_match_in_any_case()
        {
            ChargerRig rig = Full();

            Assert.Equal("Accepted", rig.ChangeConfiguration("heartbeatINTERVAL", "45"));

            var answer = rig.GetConfiguration("HEARTBEATINTERVAL");
            Assert.Equal("HeartbeatInterval", answer.Keys.Single().Key);
            Assert.Equal("45", answer.Keys.Single().Value);
        }

        [Fact]
        public void A_measurand_list_may_hold_as_many_items_as_its_MaxLength_key_says()
        {
            ChargerRig rig = Full();
            string[] measurands = Measurands.Metered;

            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValuesSampledData", string.Join(",", measurands.Take(8))));
            Assert.Equal("Rejected", rig.ChangeConfiguration("MeterValuesSampledData", string.Join(",", measurands.Take(9))));
        }

        [Fact]
        public void A_list_without_a_MaxLength_key_holds_one_item()
        {
            ChargerRig rig = ConfigurationCalls.Booted("product-a");

            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectorPhaseRotation", "1.RST"));
            Assert.Equal("Rejected", rig.ChangeConfiguration("ConnectorPhaseRotation", "0.RST,1.RST"));
        }

        [Fact]
        public void An_empty_integer_from_a_certified_table_stays_until_a_valid_number_replaces_it()
        {
            ChargerRig rig = ConfigurationCalls.Booted("product-a");

            Assert.Equal("", rig.GetConfiguration("BlinkRepeat")["BlinkRepeat"].Value);
            Assert.Equal("Rejected", rig.ChangeConfiguration("BlinkRepeat", ""));
            Assert.Equal("Accepted", rig.ChangeConfiguration("BlinkRepeat", "2"));
            Assert.Equal("2", rig.GetConfiguration("BlinkRepeat")["BlinkRepeat"].Value);
        }

        [Fact]
        public void Requesting_more_keys_than_GetConfigurationMaxKeys_is_an_OccurenceConstraintViolation()
        {
            ChargerRig rig = ConfigurationCalls.Booted("product-a");

            Frame answer = rig.CallCharger("GetConfiguration", "{\"key\":[\"HeartbeatInterval\",\"ResetRetries\"]}");

            Assert.Equal("OccurenceConstraintViolation", answer.ErrorCode);
            Assert.True(rig.Charger.Connection.IsOpen);
        }

        [Theory]
        [InlineData("{\"key\":\"HeartbeatInterval\"}", "OccurenceConstraintViolation")]
        [InlineData("{\"value\":\"10\"}", "OccurenceConstraintViolation")]
        [InlineData("{\"key\":\"HeartbeatInterval\",\"value\":10}", "TypeConstraintViolation")]
        [InlineData("{\"key\":\"ThisKeyNameIsLongerThanFiftyCharactersWhichTheSpecForbids\",\"value\":\"1\"}", "PropertyConstraintViolation")]
        public void A_malformed_ChangeConfiguration_gets_a_CALLERROR_and_changes_nothing(string payload, string code)
        {
            ChargerRig rig = Full();
            long written = rig.Flash.BytesWritten;

            Assert.Equal(code, rig.CallCharger("ChangeConfiguration", payload).ErrorCode);

            Assert.Equal(written, rig.Flash.BytesWritten);
            Assert.Equal("300", rig.GetConfiguration("HeartbeatInterval")["HeartbeatInterval"].Value);
        }

        [Fact]
        public void A_value_longer_than_500_characters_is_a_PropertyConstraintViolation()
        {
            ChargerRig rig = Full();

            Frame answer = rig.CallCharger("ChangeConfiguration", "{\"key\":\"CpoName\",\"value\":\"" + new string('x', 501) + "\"}");

            Assert.Equal("PropertyConstraintViolation", answer.ErrorCode);
        }
    }
}
