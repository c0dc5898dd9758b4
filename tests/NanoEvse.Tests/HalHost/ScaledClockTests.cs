using System;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.HalHost
{
    /// <summary>The emulator's fast clock, driven here by a hand-moved real time.</summary>
    public class ScaledClockTests
    {
        private static readonly DateTime Start = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        private long _realMs;

        [Fact]
        public void Both_clocks_run_speed_times_faster_than_real_time()
        {
            ScaledClock clock = new ScaledClock(60, () => _realMs, Start);

            _realMs += 1000;

            Assert.Equal(60_000, clock.MonotonicMs);
            Assert.Equal(Start.AddMinutes(1), clock.UtcNow);
        }

        [Fact]
        public void Changing_the_speed_never_makes_time_jump_or_go_back()
        {
            ScaledClock clock = new ScaledClock(100, () => _realMs, Start);
            _realMs += 10;
            long before = clock.MonotonicMs;

            clock.Speed = 1;
            long after = clock.MonotonicMs;
            _realMs += 10;

            Assert.Equal(1000, before);
            Assert.Equal(before, after);
            Assert.Equal(1010, clock.MonotonicMs);
            clock.Speed = 100;
            _realMs += 10;
            Assert.Equal(2010, clock.MonotonicMs);
        }

        [Fact]
        public void Setting_the_wall_clock_leaves_monotonic_time_alone_and_runs_on_at_speed()
        {
            ScaledClock clock = new ScaledClock(10, () => _realMs, Start);
            _realMs += 100;
            DateTime synced = new DateTime(2030, 5, 1, 0, 0, 0, DateTimeKind.Utc);

            clock.SetUtc(synced);
            _realMs += 100;

            Assert.Equal(2000, clock.MonotonicMs);
            Assert.Equal(synced.AddSeconds(1), clock.UtcNow);
            Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
        }

        [Fact]
        public void A_speed_of_zero_or_less_is_refused()
        {
            ScaledClock clock = new ScaledClock(1, () => _realMs, Start);

            Assert.Throws<ArgumentOutOfRangeException>(() => clock.Speed = 0);
            Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledClock(-2, () => _realMs));
        }
    }
}
