using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_048_1..4 (a connector) and TC_050_1..4 (connectorId 0): ReserveNow answers what the connector is, Faulted,
    /// Occupied or Unavailable, and Rejected where the charger takes no such reservation.
    /// </summary>
    public class TC_048_050_ReserveNowRefusedTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(0)]
        public void TC_048_1_TC_050_1_a_faulted_connector_answers_Faulted(int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.Evse.ResidualCurrentFault = true;
            rig.Poll();
            rig.ExpectStatus("Faulted", errorCode: "GroundFailure");

            Assert.Equal("Faulted", rig.ReserveNow(connectorId, "TAG-R", 31));
            rig.ExpectSilence(2000);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(0)]
        public void TC_048_2_TC_050_2_a_connector_in_use_answers_Occupied(int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Assert.Equal("Occupied", rig.ReserveNow(connectorId, "TAG-R", 32));

            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            Frame start = rig.ExpectStart("TAG-A", 41);
            ReservationSteps.AssertReservation(start, null);
            rig.ExpectStatus("Charging");
            Assert.Equal("Occupied", rig.ReserveNow(connectorId, "TAG-R", 32));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(0)]
        public void TC_048_2_TC_050_2_a_connector_reserved_under_another_id_answers_Occupied(int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 33));
            rig.ExpectStatus("Reserved");

            Assert.Equal("Occupied", rig.ReserveNow(connectorId, "TAG-S", 34));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(0)]
        public void TC_048_3_TC_050_3_an_unavailable_connector_answers_Unavailable(int connectorId)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeAvailability(1, "Inoperative"));
            rig.ExpectStatus("Unavailable");

            Assert.Equal("Unavailable", rig.ReserveNow(connectorId, "TAG-R", 35));
        }

        [Fact]
        public void TC_048_4_an_unknown_connector_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Rejected", rig.ReserveNow(2, "TAG-R", 36));
            rig.ExpectSilence(2000);
        }

        [Fact]
        public void TC_050_4_connector_0_is_Rejected_without_ReserveConnectorZeroSupported()
        {
            ChargerRig rig = ChargerRig.WithHardware(configure: s => s.Profile.Set(KeyNames.ReserveConnectorZeroSupported, "false"));
            Assert.Equal("Rejected", rig.ReserveNow(0, "TAG-R", 37));
            rig.ExpectSilence(2000);
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 37));
        }

        [Theory]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_048_4_TC_050_4_the_certified_products_do_not_support_reservations(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            foreach (string action in new[] { "ReserveNow", "CancelReservation" })
            {
                string payload = action == "ReserveNow" ? ReservationSteps.ReserveNowPayload(1, "TAG-R", 38, rig.Clock.UtcNow.AddMinutes(30)) : "{\"reservationId\":38}";
                Frame answer = rig.CallCharger(action, payload);
                Assert.Equal(4, answer.Type);
                Assert.Equal("NotSupported", answer.ErrorCode);
            }

            Assert.Equal("Core", rig.GetConfiguration("SupportedFeatureProfiles")["SupportedFeatureProfiles"].Value);
            Assert.Null(rig.GetConfiguration("ReserveConnectorZeroSupported")["ReserveConnectorZeroSupported"]);
        }
    }
}
