using System.Threading;
using NanoEvse.Drivers.ControlPilot;
using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class PilotDriverTests
    {
        private static PilotDriver Driver(PilotLine line) => new PilotDriver(line.Pwm, line, PilotLine.Calibration);

        private static void Poll(PilotDriver pilot, int times)
        {
            for (int i = 0; i < times; i++)
            {
                pilot.Poll();
            }
        }

        /// <summary>A driver that has settled on the state the line shows at <paramref name="highMv"/>.</summary>
        private static PilotDriver SettledAt(PilotLine line, int highMv)
        {
            PilotDriver pilot = Driver(line);
            line.HighMv = highMv;
            Poll(pilot, PilotDriver.StableReadings);
            return pilot;
        }

        [Fact]
        public void A_new_pilot_offers_nothing_and_reports_no_vehicle()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);

            Assert.Equal(1.0, line.Pwm.Duty);
            Assert.Equal(PilotState.A, pilot.State);
        }

        [Theory]
        [InlineData(12000, PilotState.A)]
        [InlineData(11100, PilotState.A)]
        [InlineData(12900, PilotState.A)]
        [InlineData(9000, PilotState.B)]
        [InlineData(8100, PilotState.B)]
        [InlineData(9900, PilotState.B)]
        [InlineData(6000, PilotState.C)]
        [InlineData(5100, PilotState.C)]
        [InlineData(3000, PilotState.D)]
        [InlineData(2100, PilotState.D)]
        [InlineData(0, PilotState.E)]
        [InlineData(-900, PilotState.E)]
        [InlineData(-12000, PilotState.F)]
        public void Each_nominal_pilot_voltage_band_gives_its_state(int highMv, int expected)
        {
            var line = new PilotLine();
            line.LowMv = highMv;

            Assert.Equal(expected, SettledAt(line, highMv).State);
        }

        [Fact]
        public void A_new_state_needs_several_polls_in_a_row()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);
            line.HighMv = 9000;

            Poll(pilot, PilotDriver.StableReadings - 1);
            Assert.Equal(PilotState.A, pilot.State);

            pilot.Poll();
            Assert.Equal(PilotState.B, pilot.State);
        }

        [Fact]
        public void A_single_disturbed_poll_does_not_change_the_state()
        {
            var line = new PilotLine();
            PilotDriver pilot = SettledAt(line, 6000);

            line.HighMv = 0;
            pilot.Poll();
            line.HighMv = 6000;
            Poll(pilot, 5);

            Assert.Equal(PilotState.C, pilot.State);
        }

        [Theory]
        [InlineData(12000, 10400, PilotState.A)]
        [InlineData(9000, 10600, PilotState.B)]
        [InlineData(9000, 7600, PilotState.B)]
        [InlineData(6000, 7400, PilotState.C)]
        public void A_voltage_between_two_bands_keeps_the_present_state(int settledMv, int gapMv, int expected)
        {
            var line = new PilotLine();
            PilotDriver pilot = SettledAt(line, settledMv);

            line.HighMv = gapMv;
            Poll(pilot, 10);

            Assert.Equal(expected, pilot.State);
        }

        [Theory]
        [InlineData(10600, PilotState.A)]
        [InlineData(10400, PilotState.B)]
        [InlineData(4600, PilotState.C)]
        [InlineData(4400, PilotState.D)]
        public void A_voltage_between_two_bands_goes_to_the_nearer_one_from_elsewhere(int gapMv, int expected)
        {
            var line = new PilotLine { LowMv = 0 };
            PilotDriver pilot = SettledAt(line, 0);
            Assert.Equal(PilotState.E, pilot.State);

            line.HighMv = gapMv;
            line.LowMv = gapMv;
            Poll(pilot, PilotDriver.StableReadings);

            Assert.Equal(expected, pilot.State);
        }

        [Fact]
        public void While_the_pwm_runs_the_high_phase_gives_the_state()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);
            pilot.OfferDeciAmps(160);
            line.HighMv = 6000;

            Poll(pilot, PilotDriver.StableReadings);

            Assert.Equal(PilotState.C, pilot.State);
        }

        [Fact]
        public void A_vehicle_without_its_diode_is_state_F()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);
            pilot.OfferDeciAmps(160);
            line.HighMv = 9000;
            line.LowMv = -8800;

            Poll(pilot, PilotDriver.StableReadings);

            Assert.Equal(PilotState.F, pilot.State);
        }

        [Fact]
        public void Polls_that_miss_a_short_high_phase_are_skipped_until_they_persist()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);
            pilot.OfferDeciAmps(60);
            line.HighMv = 9000;
            Poll(pilot, PilotDriver.StableReadings);
            Assert.Equal(PilotState.B, pilot.State);

            line.MissHighPhase = true;
            Poll(pilot, PilotDriver.MissedPlateauLimit - 1);
            Assert.Equal(PilotState.B, pilot.State);

            Poll(pilot, PilotDriver.StableReadings);
            Assert.Equal(PilotState.F, pilot.State);
        }

        [Fact]
        public void Offering_sets_the_duty_and_zero_returns_to_steady_plus_12V()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);

            pilot.OfferDeciAmps(320);
            Assert.Equal(32 / 60.0, line.Pwm.Duty, 6);

            pilot.OfferDeciAmps(0);
            Assert.Equal(1.0, line.Pwm.Duty);
        }

        [Fact]
        public void Repeating_an_offer_leaves_the_pwm_alone()
        {
            var line = new PilotLine();
            PilotDriver pilot = Driver(line);

            for (int i = 0; i < 5; i++)
            {
                pilot.OfferDeciAmps(160);
            }

            Assert.Equal(2, line.Pwm.Writes);
        }
    
        [Fact]
        public void Offers_from_the_main_loop_while_a_sampling_thread_polls_leave_the_pwm_at_the_last_offer()
        {
            var line = new PilotLine { HighMv = 6000 };
            PilotDriver pilot = Driver(line);
            bool done = false;
            var sampler = new Thread(() =>
            {
                while (!Volatile.Read(ref done))
                {
                    pilot.Poll();
                }
            });
            sampler.Start();

            // The sampler must really be polling while the offers come in; on a loaded machine it may start late.
            Assert.True(SpinWait.SpinUntil(() => pilot.State == PilotState.C, 10_000), "the sampling thread never ran");
            for (int i = 0; i < 2000; i++)
            {
                pilot.OfferDeciAmps(60 + i % 270);
            }

            pilot.OfferDeciAmps(160);
            Volatile.Write(ref done, true);
            sampler.Join();

            Assert.Equal(PilotDuty.ForDeciAmps(160), pilot.Duty);
            Assert.Equal(pilot.Duty, line.Pwm.Duty);
            Assert.Equal(PilotState.C, pilot.State);
        }
    }
}
