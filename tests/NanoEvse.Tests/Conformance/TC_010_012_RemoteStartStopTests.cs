using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_010, TC_011, TC_012, TC_026, TC_027, TC_028: sessions the CSMS starts and stops.</summary>
    public class TC_010_012_RemoteStartStopTests
    {
        private static string RemoteStart(ChargerRig rig, string payload) =>
            rig.CallCharger("RemoteStartTransaction", payload).Payload.GetProperty("status").GetString();

        [Fact]
        public void TC_010_remote_start_with_the_cable_plugged_first()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            Assert.Equal("Accepted", RemoteStart(rig, "{\"connectorId\":1,\"idTag\":\"REMOTE-1\"}"));
            rig.ExpectAuthorize("REMOTE-1");
            rig.ExpectStart("REMOTE-1", 90);
            rig.ExpectStatus("Charging");
        }

        [Theory]
        [InlineData("true")]
        [InlineData("false")]
        public void TC_011_1_remote_start_first_asks_Authorize_only_when_AuthorizeRemoteTxRequests(string authorizeRemote)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", authorizeRemote));

            Assert.Equal("Accepted", RemoteStart(rig, "{\"idTag\":\"REMOTE-1\"}"));
            if (authorizeRemote == "true")
            {
                rig.ExpectAuthorize("REMOTE-1");
            }

            rig.ExpectStatus("Preparing");
            rig.PlugInEv();
            rig.ExpectStart("REMOTE-1", 91);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_011_2_remote_start_without_a_plug_times_out()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("AuthorizeRemoteTxRequests", "false"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "20"));

            Assert.Equal("Accepted", RemoteStart(rig, "{\"connectorId\":1,\"idTag\":\"REMOTE-1\"}"));
            rig.ExpectStatus("Preparing");
            rig.Run(21000);
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void TC_012_remote_stop_ends_the_session_with_reason_Remote()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 12);

            Frame answer = rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":12}");

            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStop(12, "Remote");
            rig.ExpectStatus("Finishing");
            rig.Evse.Unplug();
            rig.Evse.Unplug();
            rig.Poll();
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void TC_026_remote_start_on_a_busy_connector_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 26);

            Assert.Equal("Rejected", RemoteStart(rig, "{\"connectorId\":1,\"idTag\":\"REMOTE-2\"}"));
            rig.ExpectSilence(1000);
        }

        [Fact]
        public void TC_027_remote_start_on_connector_0_is_refused()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":0,\"idTag\":\"REMOTE-1\"}");

            Assert.Equal("PropertyConstraintViolation", answer.ErrorCode);
            rig.ExpectSilence(1000);
        }

        [Fact]
        public void TC_028_remote_stop_of_an_unknown_transaction_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 28);

            Frame answer = rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":999}");

            Assert.Equal("Rejected", answer.Payload.GetProperty("status").GetString());
            Assert.True(rig.Evse.ContactorCommanded);
        }
    }
}
