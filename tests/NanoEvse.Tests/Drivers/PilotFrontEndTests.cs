using NanoEvse.Drivers.ControlPilot;
using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    /// <summary>
    /// The reference board's pilot divider against the ESP32 ADC and the driver's bands, for a board built from
    /// 1 % resistors on a 3.3 V rail within 2 %, read with the nominal calibration of BoardPins.
    /// </summary>
    public class PilotFrontEndTests
    {
        private const double ResistorTolerance = 0.01;
        private const double RailTolerance = 0.02;

        /// <summary>Kept from the ADC's accurate limits at the extremes of the pilot (+/-13 V, beyond Table A.4).</summary>
        private const int AdcMarginMv = 100;

        [Fact]
        public void The_board_calibration_is_what_the_nominal_divider_gives_at_plus_and_minus_12V()
        {
            AssertWithinOneMillivolt(PilotFrontEnd.BoardCalibration.AdcMillivoltsAtPlus12V, PilotFrontEnd.Nominal.PinMillivolts(12000));
            AssertWithinOneMillivolt(PilotFrontEnd.BoardCalibration.AdcMillivoltsAtMinus12V, PilotFrontEnd.Nominal.PinMillivolts(-12000));
        }

        [Fact]
        public void The_whole_pilot_swing_stays_inside_the_adc_accurate_range_at_every_tolerance_corner()
        {
            foreach (PilotFrontEnd frontEnd in PilotFrontEnd.Corners(ResistorTolerance, RailTolerance))
            {
                Assert.InRange(frontEnd.PinMillivolts(-13000), PilotFrontEnd.AdcAccurateLowMv + AdcMarginMv, PilotFrontEnd.AdcAccurateHighMv);
                Assert.InRange(frontEnd.PinMillivolts(13000), PilotFrontEnd.AdcAccurateLowMv, PilotFrontEnd.AdcAccurateHighMv - AdcMarginMv);
            }
        }

        [Fact]
        public void One_volt_of_pilot_spans_more_than_ninety_adc_steps()
        {
            double millivoltsPerVolt = PilotFrontEnd.Nominal.PinMillivolts(1000) - PilotFrontEnd.Nominal.PinMillivolts(0);
            double steps = millivoltsPerVolt * PilotFrontEnd.AdcMaxValue / PilotFrontEnd.AdcFullScaleMv;

            Assert.True(steps > 90, steps + " steps per volt");
        }

        [Theory]
        [InlineData(12000, PilotState.A)]
        [InlineData(9000, PilotState.B)]
        [InlineData(6000, PilotState.C)]
        [InlineData(3000, PilotState.D)]
        [InlineData(0, PilotState.E)]
        [InlineData(-12000, PilotState.F)]
        public void A_steady_plateau_decodes_to_its_state_at_every_tolerance_corner(int pilotMv, int expected)
        {
            foreach (PilotFrontEnd frontEnd in PilotFrontEnd.Corners(ResistorTolerance, RailTolerance))
            {
                var line = new PilotLine { FrontEnd = frontEnd, HighMv = pilotMv, LowMv = pilotMv };

                Assert.Equal(expected, Settle(line, 0));
            }
        }

        [Theory]
        [InlineData(9000, PilotState.B)]
        [InlineData(6000, PilotState.C)]
        [InlineData(3000, PilotState.D)]
        public void A_vehicle_plateau_under_pwm_decodes_to_its_state_at_every_tolerance_corner(int pilotMv, int expected)
        {
            foreach (PilotFrontEnd frontEnd in PilotFrontEnd.Corners(ResistorTolerance, RailTolerance))
            {
                var line = new PilotLine { FrontEnd = frontEnd, HighMv = pilotMv };

                Assert.Equal(expected, Settle(line, 16));
            }
        }

        private static void AssertWithinOneMillivolt(int expected, double actual)
        {
            Assert.InRange(actual, expected - 1, expected + 1);
        }

        private static int Settle(PilotLine line, int offeredAmps)
        {
            var pilot = new PilotDriver(line.Pwm, line, PilotLine.Calibration);
            pilot.OfferDeciAmps(offeredAmps * 10);
            for (int i = 0; i < PilotDriver.StableReadings; i++)
            {
                pilot.Poll();
            }

            return pilot.State;
        }
    }
}
