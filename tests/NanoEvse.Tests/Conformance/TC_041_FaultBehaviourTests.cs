using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_041: while a connector is faulted no transaction starts, however the driver tries; it recovers once the fault is gone.</summary>
    public class TC_041_FaultBehaviourTests
    {
        private static string RemoteStart(ChargerRig rig) =>
            LockSteps.StatusOf(rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"REMOTE-1\"}"));

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_041_a_residual_current_trip_refuses_every_start_until_it_clears(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeConfiguration("HeartbeatInterval", "3600"));
            rig.Evse.ResidualCurrentFault = true;
            rig.ExpectStatus("Faulted", errorCode: "GroundFailure");

            rig.PlugInEv();
            rig.Reader?.Present("TAG-A");
            Assert.Equal("Rejected", RemoteStart(rig));
            rig.ExpectSilence(5000);
            Assert.Equal(0, rig.Evse.ContactorCloseCommands);
            Assert.Equal(0, rig.Evse.OfferedDeciAmps);

            // Unplugging clears a trip: the monitor is re-armed with no vehicle, and trips again while the fault remains.
            rig.Evse.Unplug();
            rig.Evse.Unplug();
            rig.ExpectSilence(ConnectorSession.ResidualCurrentRearmMs + 1000);
            Assert.True(rig.Evse.Rearms > 0);

            rig.Evse.ResidualCurrentFault = false;
            rig.Run(ConnectorSession.ResidualCurrentRearmMs);
            rig.ExpectStatus("Available");
            rig.StartChargingAnyWay("TAG-A", 411);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_041_a_shorted_pilot_refuses_every_start_and_a_waiting_vehicle_is_Preparing_once_it_clears(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeConfiguration("HeartbeatInterval", "3600"));
            rig.Evse.Plug();
            rig.ExpectStatus("Preparing");
            rig.Evse.PilotShorted = true;
            rig.ExpectStatus("Faulted", errorCode: "OtherError");

            rig.Reader.Present("TAG-A");
            Assert.Equal("Rejected", RemoteStart(rig));
            rig.ExpectSilence(5000);
            Assert.Equal(0, rig.Evse.ContactorCloseCommands);

            rig.Evse.PilotShorted = false;
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStart("TAG-A", 412);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_041_a_vehicle_without_its_pilot_diode_is_Preparing_with_EVCommunicationError_and_gets_no_energy(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeConfiguration("HeartbeatInterval", "3600"));
            rig.Evse.DiodeMissing = true;
            rig.PlugInEv();
            // OCPP allows EVCommunicationError only with Preparing, SuspendedEV/EVSE or Finishing, never with Faulted.
            rig.ExpectStatus("Preparing", errorCode: "EVCommunicationError");

            rig.Reader.Present("TAG-A");
            Assert.Equal("Rejected", RemoteStart(rig));
            rig.ExpectSilence(5000);
            Assert.Equal(0, rig.Evse.ContactorCloseCommands);
            Assert.Equal(0, rig.Evse.OfferedDeciAmps);
        }
    }
}
