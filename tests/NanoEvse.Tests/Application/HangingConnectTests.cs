using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Application
{
    /// <summary>
    /// A connection attempt that hangs (a CSMS host that never answers) runs on its own thread: safety, metering
    /// and local charging carry on in the main loop meanwhile, and the offline transaction reaches the CSMS later.
    /// </summary>
    public class HangingConnectTests
    {
        [Fact]
        public void A_connect_that_hangs_for_60_s_does_not_delay_a_card_start_a_meter_read_an_rcd_trip_or_an_unplug()
        {
            AppRig rig = new AppRig("default", hangingAttempts: 10);
            Assert.Equal(ChangeResult.Accepted, rig.Charger.Configuration.Change(KeyNames.AllowOfflineTxForUnknownId, "true"));
            rig.Run(200);
            Assert.True(rig.Transport.WaitUntilBlocked(), "the first connection attempt should be blocked in Connect");

            rig.PlugAndSwipe("OFFLINE-1");
            rig.RunUntil(() => rig.Evse.IsClosed, 5000, "closing the contactor for an offline card");
            rig.RunUntil(() => rig.Charger.Connectors[1].Status == "Charging", 500, "reporting Charging");
            Assert.True(rig.Transport.Blocked > 0, "the attempt is still hanging");

            long energyBefore = rig.Charger.Charging.Sessions[0].EnergyWh(false);
            rig.Run(20_000);
            Assert.True(rig.Charger.Charging.Sessions[0].EnergyWh(false) > energyBefore, "the meter is read while the connect hangs");

            rig.Evse.ResidualCurrentFault = true;
            long tripMs = rig.RunUntil(() => !rig.Evse.IsClosed, 1000, "opening the contactor after a residual-current trip");
            Assert.True(tripMs <= 100, "the contactor opened " + tripMs + " ms after the trip");
            rig.RunUntil(() => rig.Charger.Connectors[1].Status == "Faulted", 1000, "reporting the fault");

            rig.Evse.ResidualCurrentFault = false;
            rig.Evse.Unplug();
            rig.RunUntil(() => rig.Charger.Connectors[1].Status != "Faulted" && !rig.Evse.VehicleConnected, 12_000, "seeing the unplug");
            rig.Run(40_000);
            Assert.True(rig.Transport.Attempts >= 2, "the hanging attempt was abandoned after the connect timeout and retried");
            Assert.Empty(rig.Transport.Link.Sent);
        }

        [Fact]
        public void A_transaction_started_while_the_connect_hangs_is_delivered_once_the_csms_is_reached()
        {
            AppRig rig = new AppRig("default", hangingAttempts: 1);
            rig.Charger.Configuration.Change(KeyNames.AllowOfflineTxForUnknownId, "true");
            rig.Run(200);
            Assert.True(rig.Transport.WaitUntilBlocked());

            rig.PlugAndSwipe("OFFLINE-2");
            rig.RunUntil(() => rig.Evse.IsClosed, 5000, "charging offline");

            rig.BootAccepted();
            Frame start = rig.ExpectCall("StartTransaction");
            Assert.Equal("OFFLINE-2", start.Payload.GetProperty("idTag").GetString());
            Assert.True(rig.Evse.IsClosed, "charging went on throughout");
        }

        [Fact]
        public void Without_a_network_from_boot_a_card_and_a_plug_charge_and_the_transaction_is_delivered_when_the_network_comes()
        {
            AppRig rig = new AppRig("default", networkUp: false);
            rig.Network.Available = false;
            rig.Charger.Configuration.Change(KeyNames.AllowOfflineTxForUnknownId, "true");

            rig.PlugAndSwipe("NO-WIFI");
            rig.RunUntil(() => rig.Evse.IsClosed, 5000, "charging without a network");
            Assert.Equal(0, rig.Transport.Attempts);
            Assert.True(rig.Network.Joins >= 1, "the network is being joined in the background");

            rig.Network.Available = true;
            rig.RunUntil(() => rig.Network.IsUp, 30_000, "joining the network again");
            rig.BootAccepted();
            Frame start = rig.ExpectCall("StartTransaction");
            Assert.Equal("NO-WIFI", start.Payload.GetProperty("idTag").GetString());
        }
    }
}
