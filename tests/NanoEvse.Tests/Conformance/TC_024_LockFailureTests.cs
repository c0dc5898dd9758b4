using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_024: the socket lock does not close (a plug pushed in halfway), so no transaction may start.</summary>
    public class TC_024_LockFailureTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        public void TC_024_a_lock_that_does_not_close_faults_the_connector_and_starts_no_transaction(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            bool authorizeRemote = rig.Charger.Configuration.Find("AuthorizeRemoteTxRequests").BoolValue;
            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"REMOTE-1\"}");
            Assert.Equal("Accepted", LockSteps.StatusOf(answer));
            if (authorizeRemote)
            {
                rig.ExpectAuthorize("REMOTE-1");
            }

            rig.ExpectStatus("Preparing");

            rig.Evse.LockJammed = true;
            rig.PlugInEv();
            rig.Run(SocketLock.SettleMs);

            rig.ExpectStatus("Faulted", errorCode: "ConnectorLockFailure");
            Assert.False(rig.Evse.IsLocked);
            Assert.Equal(0, rig.Evse.ContactorCloseCommands);
            Assert.Equal(0, rig.Evse.OfferedDeciAmps);
            rig.ExpectSilence(10000);
        }

        [Fact]
        public void TC_024_the_lock_failure_clears_when_the_cable_is_pulled_out_and_the_next_session_works()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.Evse.LockJammed = true;
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.Run(SocketLock.SettleMs);
            rig.ExpectStatus("Faulted", errorCode: "ConnectorLockFailure");

            rig.Reader.Present("TAG-A");
            rig.ExpectSilence(2000);
            Assert.True(rig.Evse.Unplug());
            rig.ExpectStatus("Available");

            rig.Evse.LockJammed = false;
            rig.StartCharging("TAG-A", 241);
            Assert.True(rig.Evse.IsLocked);
        }

        [Fact]
        public void A_transaction_starts_only_once_the_lock_reports_locked()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.Evse.LockTravelMs = 300;
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");

            Assert.True(rig.Evse.LockCommanded);
            Assert.False(rig.Evse.IsLocked);
            rig.ExpectSilence(200);
            Assert.Equal(0, rig.Evse.ContactorCloseCommands);

            rig.Run(100);
            rig.ExpectStart("TAG-A", 242);
            rig.ExpectStatus("Charging");
        }
    }
}
