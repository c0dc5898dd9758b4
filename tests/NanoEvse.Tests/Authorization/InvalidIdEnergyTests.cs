using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// StartTransaction.conf refuses the tag: with StopTransactionOnInvalidId the session ends (DeAuthorized);
    /// without it the transaction stays open and energy flows until MaxEnergyOnInvalidId Wh have been delivered in
    /// it, then stops (SuspendedEVSE). An absent MaxEnergyOnInvalidId counts as 0.
    /// </summary>
    public class InvalidIdEnergyTests
    {
        /// <summary>Plug, card, Authorize Accepted, then StartTransaction.conf Invalid; returns the meter at the start.</summary>
        private static long StartRefused(ChargerRig rig, int transactionId)
        {
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-X");
            rig.ExpectAuthorize("TAG-X");
            long startWh = rig.Evse.EnergyWh;
            rig.ExpectStart("TAG-X", transactionId, "Invalid");
            rig.ExpectStatus("Charging");
            return startWh;
        }

        [Fact]
        public void Energy_flows_up_to_MaxEnergyOnInvalidId_then_the_connector_is_SuspendedEVSE_with_the_transaction_open()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.QuietHeartbeats();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnInvalidId", "false"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MaxEnergyOnInvalidId", "500"));

            long startWh = StartRefused(rig, 20);
            while (rig.Evse.EnergyWh - startWh < 490)
            {
                rig.Run(1000);
            }

            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);

            rig.Run(10000);
            rig.ExpectStatus("SuspendedEVSE");
            Assert.False(rig.Evse.ContactorCommanded);
            long delivered = rig.Evse.EnergyWh - startWh;
            long secondOfEnergyWh = rig.Evse.EvPhases * 32 * 230 / 3600 + 1;
            Assert.InRange(delivered, 500, 500 + secondOfEnergyWh);

            rig.ExpectSilence(60000);
            Assert.Equal(delivered, rig.Evse.EnergyWh - startWh);
            Frame answer = rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":20}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectStop(20, "Remote");
        }

        [Fact]
        public void MaxEnergyOnInvalidId_0_stops_the_energy_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnInvalidId", "false"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MaxEnergyOnInvalidId", "0"));

            StartRefused(rig, 21);

            rig.ExpectStatus("SuspendedEVSE");
            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectSilence(30000);
        }

        [Fact]
        public void StopTransactionOnInvalidId_ends_the_session_DeAuthorized()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnInvalidId", "true"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("MaxEnergyOnInvalidId", "500"));

            StartRefused(rig, 22);

            Assert.False(rig.Evse.ContactorCommanded);
            rig.ExpectStop(22, "DeAuthorized");
            rig.ExpectStatus("Finishing");
        }

        [Fact]
        public void A_product_without_MaxEnergyOnInvalidId_stops_the_energy_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-a");
            Assert.Null(rig.Charger.Configuration.Find("MaxEnergyOnInvalidId"));
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"TAG-X\"}");
            rig.ExpectStart("TAG-X", 23, "Invalid");
            rig.AnswerStatusNotifications();

            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Equal("SuspendedEVSE", rig.Charger.Connectors[1].Status);
        }

        [Fact]
        public void A_tag_started_offline_that_used_up_its_allowance_is_cut_off_when_the_refusal_arrives()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b");
            Assert.Equal("Accepted", rig.ChangeConfiguration("MaxEnergyOnInvalidId", "100"));
            rig.GoOffline();
            rig.PlugInEv();
            rig.Reader.Present("TAG-X");
            rig.Run(120000);
            Assert.True(rig.Evse.ContactorCommanded);

            rig.Reconnect();
            Frame start = rig.ExpectCallAfterStatuses("StartTransaction");
            rig.Reply(start, "{\"idTagInfo\":{\"status\":\"Invalid\"},\"transactionId\":24}");

            Assert.False(rig.Evse.ContactorCommanded);
        }
    }
}
