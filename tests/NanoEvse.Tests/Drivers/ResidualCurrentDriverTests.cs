using System;
using NanoEvse.Drivers.ResidualCurrent;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class ResidualCurrentDriverTests
    {
        private const int PulseMs = 100;
        private const int SettleMs = 200;

        private readonly VirtualClock _clock = new VirtualClock(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        private readonly FakeInput _trip = new FakeInput();
        private readonly FakeOutput _test = new FakeOutput();
        private readonly ResidualCurrentDriver _rcm;

        public ResidualCurrentDriverTests()
        {
            _rcm = new ResidualCurrentDriver(_trip, _test, _clock, PulseMs, SettleMs);
        }

        [Fact]
        public void A_healthy_monitor_is_not_tripped_and_its_test_input_is_idle()
        {
            _rcm.Poll();

            Assert.False(_rcm.IsTripped);
            Assert.False(_test.Level);
        }

        [Fact]
        public void The_trip_output_is_seen_at_once()
        {
            _trip.Level = true;

            Assert.True(_rcm.IsTripped);
        }

        [Fact]
        public void A_trip_stays_until_re_armed_even_when_the_module_lets_go()
        {
            _trip.Level = true;
            _rcm.Poll();
            _trip.Level = false;
            _clock.Advance(5000);

            Assert.True(_rcm.IsTripped);
        }

        [Fact]
        public void Re_arming_pulses_the_test_input_and_clears_the_trip_when_the_fault_is_gone()
        {
            _trip.Level = true;
            _rcm.Poll();

            _rcm.Rearm();
            Assert.True(_test.Level);
            Assert.False(_rcm.IsTripped);

            _trip.Level = false;
            _clock.Advance(PulseMs);
            _rcm.Poll();
            Assert.False(_test.Level);

            _clock.Advance(SettleMs + 1000);
            Assert.False(_rcm.IsTripped);
        }

        [Fact]
        public void A_fault_that_remains_trips_again_once_the_re_arm_has_settled()
        {
            _trip.Level = true;
            _rcm.Poll();

            _rcm.Rearm();
            _clock.Advance(PulseMs);
            _rcm.Poll();
            Assert.False(_rcm.IsTripped);

            _clock.Advance(SettleMs);
            Assert.True(_rcm.IsTripped);
        }
    }
}
