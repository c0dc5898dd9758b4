using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Configuration
{
    /// <summary>Accepted changes take effect at once, survive a reboot, and keep secrets secret.</summary>
    public class ConfigurationEffectTests
    {
        private const string NewKey = "fedcba9876543210fedcba98";

        private static string Basic(ChargerRig rig, string key) =>
            CsmsAddress.Parse(rig.Settings.Address.Url, out _).BasicAuthorization(key);

        [Fact]
        public void A_new_HeartbeatInterval_reschedules_the_next_heartbeat()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            rig.Run(10000);

            Assert.Equal("Accepted", rig.ChangeConfiguration("HeartbeatInterval", "5"));

            rig.RunUntilCall("Heartbeat", 1000, out _);
        }

        [Fact]
        public void AuthorizationKey_is_write_only_and_never_returned()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");

            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationKey", NewKey));

            Assert.DoesNotContain(rig.GetConfiguration().Keys, k => k.Key == "AuthorizationKey");
            var asked = rig.GetConfiguration("AuthorizationKey");
            Assert.Empty(asked.Keys);
            Assert.Equal(new[] { "AuthorizationKey" }, asked.Unknown);
            Assert.DoesNotContain(rig.Link.Sent, frame => frame.Contains(NewKey));
        }

        [Fact]
        public void AuthorizationKey_never_reaches_the_log_whatever_the_property_order()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");

            rig.CallCharger("ChangeConfiguration", "{\"value\":\"" + NewKey + "\",\"key\":\"authorizationkey\"}");
            rig.CallCharger("ChangeConfiguration", "{\"key\":\"AuthorizationKey\",\"value\":\"" + NewKey + "x\"}");

            Assert.DoesNotContain(rig.Log.Lines.Concat(rig.Log.Frames), line => line.Contains(NewKey));
            Assert.Contains(rig.Log.Lines, line => line.Contains("AuthorizationKey changed"));
        }

        [Fact]
        public void A_new_AuthorizationKey_is_used_at_once_by_reconnecting_and_after_a_reboot()
        {
            ChargerRig rig = new ChargerRig(configure: s => s.AuthorizationKey = "0123456789abcdef");
            rig.BootAccepted();
            int attempts = rig.Link.ConnectAttempts;

            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationKey", NewKey));
            rig.Poll();

            Assert.Equal(attempts + 1, rig.Link.ConnectAttempts);
            Assert.Equal(Basic(rig, NewKey), rig.Link.LastSettings.Authorization);
            Assert.True(rig.Charger.Registration.IsAccepted, "a reconnect is not a reboot");

            ChargerRig rebooted = rig.Reboot();
            rebooted.Poll();
            Assert.Equal(Basic(rig, NewKey), rebooted.Link.LastSettings.Authorization);
        }

        [Theory]
        [InlineData("0123456789abcde")]
        [InlineData("0123456789abcdef0123456789abcdef012345678")]
        public void AuthorizationKey_outside_16_to_40_characters_is_Rejected(string key)
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");

            Assert.Equal("Rejected", rig.ChangeConfiguration("AuthorizationKey", key));
        }

        [Fact]
        public void SecurityProfile_only_goes_up_and_only_to_a_level_the_charger_can_run()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            Assert.Equal("0", rig.GetConfiguration("SecurityProfile")["SecurityProfile"].Value);

            Assert.Equal("Rejected", rig.ChangeConfiguration("SecurityProfile", "1"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizationKey", NewKey));
            Assert.Equal("Accepted", rig.ChangeConfiguration("SecurityProfile", "1"));
            Assert.Equal("Rejected", rig.ChangeConfiguration("SecurityProfile", "0"));
            Assert.Equal("Rejected", rig.ChangeConfiguration("SecurityProfile", "2"));
            Assert.Equal("Rejected", rig.ChangeConfiguration("SecurityProfile", "4"));

            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();
            Assert.Equal("1", rebooted.GetConfiguration("SecurityProfile")["SecurityProfile"].Value);
            Assert.Equal("Rejected", rebooted.ChangeConfiguration("SecurityProfile", "0"));
        }

        [Fact]
        public void A_provisioned_password_means_SecurityProfile_1()
        {
            ChargerRig rig = new ChargerRig(configure: s => s.AuthorizationKey = "0123456789abcdef");
            rig.BootAccepted();

            Assert.Equal("1", rig.GetConfiguration("SecurityProfile")["SecurityProfile"].Value);
            Assert.Equal("Rejected", rig.ChangeConfiguration("SecurityProfile", "0"));
        }

        [Fact]
        public void A_new_WebSocketPingInterval_applies_to_a_fresh_connection_at_once()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            int attempts = rig.Link.ConnectAttempts;

            Assert.Equal("Accepted", rig.ChangeConfiguration("WebSocketPingInterval", "15"));
            rig.Poll();

            Assert.Equal(attempts + 1, rig.Link.ConnectAttempts);
            Assert.Equal(15, rig.Link.LastSettings.PingIntervalSeconds);
        }

        [Fact]
        public void A_change_before_the_first_connection_needs_no_reconnect()
        {
            ChargerRig rig = ChargerRig.ForProfile("default");

            Assert.Equal("Accepted", rig.Charger.Configuration.Change("AuthorizationKey", NewKey));
            rig.Poll();

            Assert.Equal(1, rig.Link.ConnectAttempts);
            Assert.Equal(Basic(rig, NewKey), rig.Link.LastSettings.Authorization);
        }

        [Fact]
        public void A_key_that_needs_a_reboot_answers_RebootRequired_and_takes_effect_after_it()
        {
            ChargerProfile profile = ChargerProfiles.Default().SetNeedsReboot(KeyNames.ConnectionTimeOut);
            ChargerRig rig = new ChargerRig(configure: s => s.Profile = profile);
            rig.BootAccepted();

            Assert.Equal("RebootRequired", rig.ChangeConfiguration("ConnectionTimeOut", "90"));
            Assert.Equal("60", rig.GetConfiguration("ConnectionTimeOut")["ConnectionTimeOut"].Value);

            rig.Flash.PowerOn();
            ChargerRig rebooted = new ChargerRig(configure: s => s.Profile = ChargerProfiles.Default().SetNeedsReboot(KeyNames.ConnectionTimeOut), flash: rig.Flash);
            rebooted.BootAccepted();
            Assert.Equal("90", rebooted.GetConfiguration("ConnectionTimeOut")["ConnectionTimeOut"].Value);
        }

        [Fact]
        public void Every_writable_key_keeps_its_new_value_across_a_reboot()
        {
            ChargerRig rig = new ChargerRig(configure: s => { s.Profile = FullProfile.Create(); s.Modules = FullProfile.Modules(); });
            rig.BootAccepted();
            var changes = new (string Key, string Value)[]
            {
                ("AllowOfflineTxForUnknownId", "true"), ("AuthorizationCacheEnabled", "false"), ("AuthorizeRemoteTxRequests", "false"),
                ("BlinkRepeat", "9"), ("ClockAlignedDataInterval", "900"), ("ConnectionTimeOut", "45"),
                ("ConnectorPhaseRotation", "0.RTS,1.RTS"), ("HeartbeatInterval", "120"), ("LightIntensity", "40"),
                ("LocalAuthorizeOffline", "false"), ("LocalPreAuthorize", "true"), ("MaxEnergyOnInvalidId", "500"),
                ("MessageTimeout", "20"), ("MeterValuesAlignedData", "Voltage,Frequency"), ("MeterValuesSampledData", "Power.Active.Import"),
                ("MeterValueSampleInterval", "15"), ("MinimumStatusDuration", "5"), ("ResetRetries", "2"),
                ("StopTransactionOnEVSideDisconnect", "false"), ("StopTransactionOnInvalidId", "false"),
                ("StopTxnAlignedData", "Energy.Active.Import.Register"), ("StopTxnSampledData", "Current.Import"),
                ("TransactionMessageAttempts", "7"), ("TransactionMessageRetryInterval", "90"),
                ("UnlockConnectorOnEVSideDisconnect", "false"), ("WebSocketPingInterval", "30"),
                ("LocalAuthListEnabled", "false"), ("CpoName", "Another CPO"), ("AuthorizationKey", NewKey), ("SecurityProfile", "1"),
            };
            var writable = Enumerable.Range(0, rig.Charger.Configuration.Count).Select(i => rig.Charger.Configuration[i])
                .Where(k => k.Access != ConfigKey.ReadOnly).Select(k => k.Name);
            Assert.Equal(writable.OrderBy(n => n), changes.Select(c => c.Key).OrderBy(n => n));

            foreach (var (key, value) in changes)
            {
                Assert.Equal("Accepted", rig.ChangeConfiguration(key, value));
            }

            rig.Flash.PowerOn();
            ChargerRig rebooted = new ChargerRig(configure: s => { s.Profile = FullProfile.Create(); s.Modules = FullProfile.Modules(); }, flash: rig.Flash);
            var config = rebooted.Charger.Configuration;
            Assert.All(changes, change => Assert.Equal(change.Value, config.Find(change.Key).Value));
            Assert.True(config.WasStored);
        }

        [Fact]
        public void A_value_the_CSMS_gives_at_boot_is_used_but_not_written_to_flash()
        {
            ChargerRig rig = ChargerRig.ForProfile("default");
            rig.BootAccepted(heartbeatInterval: 77);

            Assert.Equal("77", rig.GetConfiguration("HeartbeatInterval")["HeartbeatInterval"].Value);
            Assert.Equal(0, rig.Flash.BytesWritten);
            Assert.False(rig.Reboot().Charger.Configuration.WasStored);
        }
    }
}
