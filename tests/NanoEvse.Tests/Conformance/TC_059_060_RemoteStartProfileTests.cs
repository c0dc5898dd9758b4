using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_059 and TC_060: RemoteStartTransaction with a chargingProfile.</summary>
    public class TC_059_060_RemoteStartProfileTests
    {
        private static string RelativeTxProfile(int id, string purpose = "TxProfile") =>
            SmartChargingSteps.Profile(id, purpose, 0, "Relative", SmartChargingSteps.Schedule("A", null, null, (0, 6m), (120, 10m)));

        [Fact]
        public void TC_059_the_transaction_follows_the_TxProfile_of_its_remote_start()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            Frame answer = rig.RemoteStartWithProfile("REMOTE-1", RelativeTxProfile(59));
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.ExpectAuthorize("REMOTE-1");
            rig.ExpectStart("REMOTE-1", 59);
            rig.ExpectStatus("Charging");

            Assert.Equal(60, rig.LimitDeciAmps());
            Assert.Equal("0:6, 120:10", rig.Composite(1, 300));
            rig.Run(30 * 1000L);
            Assert.Equal("0:6, 90:10", rig.Composite(1, 300));

            // A later SetChargingProfile for the transaction with the same stack level replaces it.
            string replacement = SmartChargingSteps.Profile(60, "TxProfile", 0, "Relative", SmartChargingSteps.Schedule("A", null, null, (0, 8m)), ",\"transactionId\":59");
            Assert.Equal("Accepted", rig.SetChargingProfile(1, replacement));
            Assert.Equal("0:8", rig.Composite(1, 300));
            Assert.Equal("Unknown", rig.ClearChargingProfile("{\"id\":59}"));
        }

        [Theory]
        [InlineData("TxDefaultProfile")]
        [InlineData("ChargePointMaxProfile")]
        public void TC_060_a_remote_start_whose_profile_is_not_a_TxProfile_is_Rejected(string purpose)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            Frame answer = rig.RemoteStartWithProfile("REMOTE-1", RelativeTxProfile(60, purpose));

            Assert.Equal("Rejected", answer.Payload.GetProperty("status").GetString());
            rig.ExpectSilence(5000);
            Assert.Equal("Unknown", rig.ClearChargingProfile("{}"));
        }

        [Fact]
        public void A_remote_start_TxProfile_with_a_transactionId_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            string profile = SmartChargingSteps.Profile(61, "TxProfile", 0, "Relative", SmartChargingSteps.Schedule("A", null, null, (0, 6m)), ",\"transactionId\":1");

            Assert.Equal("Rejected", rig.RemoteStartWithProfile("REMOTE-1", profile).Payload.GetProperty("status").GetString());
        }

        [Theory]
        [InlineData("123", "TypeConstraintViolation")]
        [InlineData("{\"chargingProfileId\":1}", "OccurenceConstraintViolation")]
        [InlineData("{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Sometimes\",\"chargingSchedule\":{\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6}]}}", "PropertyConstraintViolation")]
        public void A_malformed_remote_start_profile_is_a_CALLERROR_and_starts_nothing(string profile, string errorCode)
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Frame answer = rig.RemoteStartWithProfile("REMOTE-1", profile);

            Assert.Equal(errorCode, answer.ErrorCode);
            rig.ExpectSilence(5000);
        }

        [Theory]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void Without_Smart_Charging_a_profile_must_be_an_object_and_is_otherwise_ignored(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Assert.Equal("TypeConstraintViolation", rig.RemoteStartWithProfile("REMOTE-1", "123").ErrorCode);
            Frame answer = rig.RemoteStartWithProfile("REMOTE-1", "{\"chargingProfileId\":1}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
        }

        [Theory]
        [InlineData("product-a", "SetChargingProfile", "{\"connectorId\":1,\"csChargingProfiles\":{}}")]
        [InlineData("product-b", "SetChargingProfile", "{\"connectorId\":1,\"csChargingProfiles\":{}}")]
        [InlineData("product-a", "ClearChargingProfile", "{}")]
        [InlineData("product-b", "GetCompositeSchedule", "{\"connectorId\":1,\"duration\":60}")]
        public void The_products_answer_Smart_Charging_with_NotSupported(string profile, string action, string payload)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            Assert.Equal("NotSupported", rig.CallCharger(action, payload).ErrorCode);
        }
    }
}
