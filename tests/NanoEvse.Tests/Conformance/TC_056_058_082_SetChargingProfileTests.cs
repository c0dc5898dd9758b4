using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_056, TC_057, TC_058_1, TC_058_2 and TC_082: SetChargingProfile with and without a transaction.</summary>
    public class TC_056_058_082_SetChargingProfileTests
    {
        [Fact]
        public void TC_056_a_TxDefaultProfile_without_a_transaction_is_Accepted_and_in_the_composite()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, (0, 6m))));

            Assert.Equal("0:6", rig.Composite(1, 300));
            Assert.Equal(60, rig.LimitDeciAmps());
        }

        [Fact]
        public void TC_056_a_TxDefaultProfile_in_W_is_answered_in_W()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            string profile = SmartChargingSteps.Profile(2, "TxDefaultProfile", 0, "Absolute", SmartChargingSteps.Schedule("W", null, rig.Clock.UtcNow, (0, 6000m)));

            Assert.Equal("Accepted", rig.SetChargingProfile(1, profile));

            Assert.Equal("0:6000", rig.Composite(1, 300, "W"));
            // 6000 W on three phases at 230 V: 8.69 A, rounded down.
            Assert.Equal("0:8.6", rig.Composite(1, 300, "A"));
            Assert.Equal(86, rig.LimitDeciAmps());
        }

        [Fact]
        public void TC_057_a_TxProfile_for_the_running_transaction_is_Accepted_and_in_the_composite()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-1", 57);

            string profile = SmartChargingSteps.Profile(3, "TxProfile", 0, "Absolute", SmartChargingSteps.Schedule("A", null, rig.Clock.UtcNow, (0, 6m)), ",\"transactionId\":57");
            Assert.Equal("Accepted", rig.SetChargingProfile(1, profile));

            Assert.Equal("0:6", rig.Composite(1, 300));
            Assert.Equal(60, rig.LimitDeciAmps());
        }

        [Fact]
        public void TC_058_1_a_TxProfile_without_a_transaction_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal("Rejected", rig.SetChargingProfile(1, rig.AbsoluteProfile(4, "TxProfile", 0, null, (0, 6m))));

            Assert.Equal("0:32", rig.Composite(1, 300));
            Assert.Equal(int.MaxValue, rig.LimitDeciAmps());
        }

        [Fact]
        public void TC_058_2_a_TxProfile_for_another_transactionId_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-1", 58);

            string profile = SmartChargingSteps.Profile(5, "TxProfile", 0, "Absolute", SmartChargingSteps.Schedule("A", null, rig.Clock.UtcNow, (0, 6m)), ",\"transactionId\":59");
            Assert.Equal("Rejected", rig.SetChargingProfile(1, profile));

            Assert.Equal("0:32", rig.Composite(1, 300));
        }

        [Fact]
        public void TC_082_a_TxDefaultProfile_set_or_changed_during_a_transaction_applies_at_once()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-1", 82);
            Assert.Equal(int.MaxValue, rig.LimitDeciAmps());

            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(6, "TxDefaultProfile", 0, null, (0, 6m))));
            Assert.Equal(60, rig.LimitDeciAmps());
            Assert.Equal("0:6", rig.Composite(1, 300));

            rig.Run(10000);
            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(6, "TxDefaultProfile", 0, null, (0, 10m))));
            Assert.Equal(100, rig.LimitDeciAmps());
            Assert.Equal("0:10", rig.Composite(1, 300));
        }

        [Fact]
        public void A_TxProfile_ends_with_its_transaction()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-1", 60);
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(7, "TxProfile", 0, null, (0, 6m))));

            rig.Reader.Present("TAG-1");
            rig.ExpectStop(60, "Local", "TAG-1");
            rig.Poll();

            Assert.Equal(int.MaxValue, rig.LimitDeciAmps());
            Assert.Equal("0:32", rig.Composite(1, 300));
            Assert.Equal("Unknown", rig.ClearChargingProfile("{\"id\":7}"));
        }
    }
}
