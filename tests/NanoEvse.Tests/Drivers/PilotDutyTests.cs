using NanoEvse.Drivers.ControlPilot;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class PilotDutyTests
    {
        [Theory]
        [InlineData(6, 10.0)]
        [InlineData(10, 16.667)]
        [InlineData(13, 21.667)]
        [InlineData(16, 26.667)]
        [InlineData(20, 33.333)]
        [InlineData(32, 53.333)]
        [InlineData(40, 66.667)]
        [InlineData(51, 85.0)]
        [InlineData(52, 84.8)]
        [InlineData(63, 89.2)]
        [InlineData(70, 92.0)]
        [InlineData(80, 96.0)]
        public void Offered_amps_map_to_the_annex_A_duty(int amps, double percent)
        {
            Assert.Equal(percent, PilotDuty.ForAmps(amps) * 100, 3);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(5)]
        [InlineData(-3)]
        public void Below_six_amps_nothing_is_offered(int amps)
        {
            Assert.Equal(1.0, PilotDuty.ForAmps(amps));
        }

        [Fact]
        public void Above_eighty_amps_the_offer_is_capped()
        {
            Assert.Equal(PilotDuty.ForAmps(80), PilotDuty.ForAmps(100));
        }
    }
}
