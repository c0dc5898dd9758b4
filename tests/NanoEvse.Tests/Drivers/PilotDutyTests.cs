using NanoEvse.Drivers.ControlPilot;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class PilotDutyTests
    {
        [Theory]
        [InlineData(60, 10.0)]
        [InlineData(100, 16.667)]
        [InlineData(105, 17.5)]
        [InlineData(130, 21.667)]
        [InlineData(160, 26.667)]
        [InlineData(200, 33.333)]
        [InlineData(320, 53.333)]
        [InlineData(400, 66.667)]
        [InlineData(509, 84.833)]
        [InlineData(510, 85.0)]
        [InlineData(511, 84.44)]
        [InlineData(520, 84.8)]
        [InlineData(630, 89.2)]
        [InlineData(700, 92.0)]
        [InlineData(799, 95.96)]
        [InlineData(800, 96.0)]
        public void Offered_current_maps_to_the_annex_A_duty(int deciAmps, double percent)
        {
            Assert.Equal(percent, PilotDuty.ForDeciAmps(deciAmps) * 100, 3);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(10)]
        [InlineData(50)]
        [InlineData(59)]
        [InlineData(-30)]
        public void Below_six_amps_nothing_is_offered(int deciAmps)
        {
            Assert.Equal(1.0, PilotDuty.ForDeciAmps(deciAmps));
        }

        [Theory]
        [InlineData(801)]
        [InlineData(1000)]
        public void Above_eighty_amps_the_offer_is_capped(int deciAmps)
        {
            Assert.Equal(PilotDuty.ForDeciAmps(800), PilotDuty.ForDeciAmps(deciAmps));
        }
    }
}
