using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_066, TC_067 and TC_072: the composite schedule of stacked and combined profiles, period for period.</summary>
    public class TC_066_067_072_CompositeScheduleTests
    {
        [Theory]
        [InlineData(0, "0:8, 50:10, 200:6, 240:10")]
        [InlineData(7, "0:8, 43:10, 193:6, 233:10")]
        public void TC_066_a_TxProfile_replaces_the_TxDefaultProfile_under_the_ChargePointMaxProfile(int elapsedSeconds, string expected)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-1", 66);

            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(1, "ChargePointMaxProfile", 0, null, (0, 10m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(2, "TxDefaultProfile", 0, 300, (0, 6m), (60, 10m), (120, 8m), (180, 15m), (260, 8m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(3, "TxProfile", 0, 260, (0, 8m), (50, 11m), (140, 16m), (200, 6m), (240, 12m))));
            rig.Run(elapsedSeconds * 1000L);

            Assert.Equal(expected, rig.Composite(1, 400));
            Assert.Equal(80, rig.LimitDeciAmps());
        }

        [Fact]
        public void TC_067_clearing_by_id_then_by_purpose_and_stack_level_then_all()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, (0, 11m), (200, 12m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(2, "TxDefaultProfile", 1, null, (0, 7m), (100, 9m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(3, "TxDefaultProfile", 2, null, (0, 6m), (50, 8m))));
            Assert.Equal("0:6, 50:8", rig.Composite(1, 300));

            Assert.Equal("Accepted", rig.ClearChargingProfile("{\"id\":3}"));
            Assert.Equal("0:7, 100:9", rig.Composite(1, 300));

            Assert.Equal("Accepted", rig.ClearChargingProfile("{\"chargingProfilePurpose\":\"TxDefaultProfile\",\"stackLevel\":1}"));
            Assert.Equal("0:11, 200:12", rig.Composite(1, 300));

            Assert.Equal("Accepted", rig.ClearChargingProfile("{}"));
            // With no profile left the composite is the charger's own limit: the connector's 32 A.
            Assert.Equal("0:32", rig.Composite(1, 300));
            Assert.Equal(int.MaxValue, rig.LimitDeciAmps());
            Assert.Equal("Unknown", rig.ClearChargingProfile("{}"));
        }

        [Fact]
        public void TC_072_a_higher_stack_level_overrides_and_the_lower_one_resumes_when_it_ends()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, 400, (0, 6m), (100, 8m), (200, 10m))));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(2, "TxDefaultProfile", 1, 150, (0, 7m), (100, 9m))));

            Assert.Equal("0:7, 100:9, 150:8, 200:10", rig.Composite(1, 400));

            Assert.Equal(70, rig.LimitDeciAmps());
            rig.Run(150 * 1000L);
            Assert.Equal(80, rig.LimitDeciAmps());
            rig.Run(50 * 1000L);
            Assert.Equal(100, rig.LimitDeciAmps());
        }
    }
}
