using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.SmartCharging
{
    /// <summary>SetChargingProfile reads a profile in full: a malformed one is the matching CALLERROR, one the charger cannot take is Rejected.</summary>
    public class ChargingProfileValidationTests
    {
        private const string Start = "\"startSchedule\":\"2026-11-21T09:00:00.000Z\"";
        private const string Periods = "\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6.0},{\"startPeriod\":60,\"limit\":10.5,\"numberPhases\":1}]";

        private static string Profile(string head = "\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"",
            string schedule = Start + ",\"chargingRateUnit\":\"A\"," + Periods) =>
            "{" + head + ",\"chargingSchedule\":{" + schedule + "}}";

        private static Frame Set(string profile, int connectorId = 1) => ChargerRig.WithHardware().SetChargingProfileFrame(connectorId, profile);

        [Fact]
        public void A_well_formed_profile_is_Accepted()
        {
            Assert.Equal("Accepted", Set(Profile()).Payload.GetProperty("status").GetString());
        }

        [Theory]
        [InlineData("\"chargingProfileId\":\"1\",\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", "TypeConstraintViolation")]
        [InlineData("\"chargingProfileId\":1.5,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", "TypeConstraintViolation")]
        [InlineData("\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", "OccurenceConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", "OccurenceConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":-1,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", "PropertyConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"Default\",\"chargingProfileKind\":\"Absolute\"", "PropertyConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Once\"", "PropertyConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\"", "OccurenceConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Recurring\"", "OccurenceConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Recurring\",\"recurrencyKind\":\"Monthly\"", "PropertyConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Relative\"", "OccurenceConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\",\"validFrom\":\"yesterday\"", "PropertyConstraintViolation")]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\",\"validFrom\":\"2026-11-22T00:00:00Z\",\"validTo\":\"2026-11-21T00:00:00Z\"", "PropertyConstraintViolation")]
        public void A_malformed_profile_head_is_a_CALLERROR(string head, string errorCode)
        {
            Assert.Equal(errorCode, Set(Profile(head)).ErrorCode);
        }

        [Theory]
        [InlineData("\"chargingRateUnit\":\"A\"", "OccurenceConstraintViolation")]
        [InlineData(Start + "," + Periods, "OccurenceConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"kW\"," + Periods, "PropertyConstraintViolation")]
        [InlineData("\"chargingRateUnit\":\"A\"," + Periods, "OccurenceConstraintViolation")]
        [InlineData(Start + ",\"duration\":-1,\"chargingRateUnit\":\"A\"," + Periods, "PropertyConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[]", "OccurenceConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":{}", "TypeConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[6]", "TypeConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0}]", "OccurenceConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"limit\":6}]", "OccurenceConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":10,\"limit\":6}]", "PropertyConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6},{\"startPeriod\":0,\"limit\":7}]", "PropertyConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6.05}]", "PropertyConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":-6}]", "PropertyConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":\"6\"}]", "TypeConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":6,\"numberPhases\":4}]", "PropertyConstraintViolation")]
        [InlineData(Start + ",\"chargingRateUnit\":\"A\",\"minChargingRate\":-1," + Periods, "PropertyConstraintViolation")]
        public void A_malformed_schedule_is_a_CALLERROR(string schedule, string errorCode)
        {
            Assert.Equal(errorCode, Set(Profile(schedule: schedule)).ErrorCode);
        }

        [Theory]
        [InlineData(-1, "PropertyConstraintViolation")]
        [InlineData(2, "PropertyConstraintViolation")]
        public void A_connector_the_charger_does_not_have_is_a_PropertyConstraintViolation(int connectorId, string errorCode)
        {
            Assert.Equal(errorCode, Set(Profile(), connectorId).ErrorCode);
        }

        [Theory]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":9,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", 1)]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"ChargePointMaxProfile\",\"chargingProfileKind\":\"Absolute\"", 1)]
        [InlineData("\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Absolute\"", 0)]
        [InlineData("\"chargingProfileId\":1,\"transactionId\":5,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\"", 1)]
        public void A_profile_the_charger_cannot_take_is_Rejected(string head, int connectorId)
        {
            Assert.Equal("Rejected", Set(Profile(head), connectorId).Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void More_periods_than_ChargingScheduleMaxPeriods_are_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            (int, decimal)[] periods = new (int, decimal)[25];
            for (int i = 0; i < periods.Length; i++)
            {
                periods[i] = (i * 60, 6m + i);
            }

            Assert.Equal("Rejected", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, periods)));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, periods[..24])));
        }

        [Fact]
        public void A_unit_ChargingScheduleAllowedChargingRateUnit_does_not_name_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware(configure: s => s.Profile.Set("ChargingScheduleAllowedChargingRateUnit", "Current"));
            string watts = SmartChargingSteps.Profile(1, "TxDefaultProfile", 0, "Absolute", SmartChargingSteps.Schedule("W", null, rig.Clock.UtcNow, (0, 6000m)));

            Assert.Equal("Rejected", rig.SetChargingProfile(1, watts));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, (0, 6m))));
        }

        [Fact]
        public void More_profiles_than_MaxChargingProfilesInstalled_are_Rejected_and_a_replacement_still_fits()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            for (int i = 0; i < 9; i++)
            {
                Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(10 + i, "TxDefaultProfile", i % 9, null, (0, 6m))));
            }

            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(30, "ChargePointMaxProfile", 0, null, (0, 16m))));
            Assert.Equal("Rejected", rig.SetChargingProfile(0, rig.AbsoluteProfile(31, "TxDefaultProfile", 0, null, (0, 6m))));
            // The same id, or the same stack level and purpose on the same connector, replaces: the count stays 10.
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(10, "TxDefaultProfile", 0, null, (0, 7m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(40, "TxDefaultProfile", 8, null, (0, 8m))));
            Assert.Equal("0:8", rig.Composite(1, 60));
            Assert.Equal("Unknown", rig.ClearChargingProfile("{\"id\":18}"));
        }

        [Theory]
        [InlineData("{\"connectorId\":2,\"duration\":60}", "Rejected")]
        [InlineData("{\"connectorId\":0,\"duration\":60}", "Accepted")]
        public void GetCompositeSchedule_for_a_connector_the_charger_does_not_have_is_Rejected(string payload, string status)
        {
            Assert.Equal(status, ChargerRig.WithHardware().CallCharger("GetCompositeSchedule", payload).Payload.GetProperty("status").GetString());
        }

        [Theory]
        [InlineData("{\"connectorId\":1,\"duration\":60,\"chargingRateUnit\":\"kW\"}", "PropertyConstraintViolation")]
        [InlineData("{\"connectorId\":1}", "OccurenceConstraintViolation")]
        [InlineData("{\"duration\":60}", "OccurenceConstraintViolation")]
        [InlineData("{\"connectorId\":-1,\"duration\":60}", "PropertyConstraintViolation")]
        [InlineData("{\"stackLevel\":\"0\"}", "TypeConstraintViolation")]
        public void Malformed_GetCompositeSchedule_and_ClearChargingProfile_are_CALLERRORs(string payload, string errorCode)
        {
            string action = payload.Contains("stackLevel") ? "ClearChargingProfile" : "GetCompositeSchedule";
            Assert.Equal(errorCode, ChargerRig.WithHardware().CallCharger(action, payload).ErrorCode);
        }

        [Fact]
        public void The_composite_of_connector_0_is_the_ChargePointMaxProfile_under_the_chargers_ceiling()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(1, "ChargePointMaxProfile", 0, 100, (0, 16m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(2, "TxDefaultProfile", 0, null, (0, 6m))));

            Assert.Equal("0:16, 100:32", rig.Composite(0, 200));
            Assert.Equal("0:6", rig.Composite(1, 200));
        }
    }
}
