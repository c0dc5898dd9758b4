using System;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.HalHost
{
    public class ClockTests
    {
        private static readonly DateTime Start = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void VirtualClock_starts_at_the_given_instant_and_monotonic_zero()
        {
            var clock = new VirtualClock(Start);

            Assert.Equal(0, clock.MonotonicMs);
            Assert.Equal(Start, clock.UtcNow);
            Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
        }

        [Fact]
        public void VirtualClock_Advance_moves_both_clocks()
        {
            var clock = new VirtualClock(Start);

            clock.Advance(3_600_000);
            clock.Advance(250);

            Assert.Equal(3_600_250, clock.MonotonicMs);
            Assert.Equal(Start.AddHours(1).AddMilliseconds(250), clock.UtcNow);
        }

        [Fact]
        public void VirtualClock_SetUtc_moves_only_the_wall_clock()
        {
            var clock = new VirtualClock(Start);
            clock.Advance(1000);
            DateTime synced = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

            clock.SetUtc(synced);
            clock.Advance(500);

            Assert.Equal(1500, clock.MonotonicMs);
            Assert.Equal(synced.AddMilliseconds(500), clock.UtcNow);
        }

        [Fact]
        public void VirtualClock_refuses_to_go_back()
        {
            var clock = new VirtualClock(Start);

            Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(-1));
        }

        [Fact]
        public void HostClock_monotonic_time_never_goes_back()
        {
            var clock = new HostClock();
            long previous = clock.MonotonicMs;
            for (int i = 0; i < 1000; i++)
            {
                long now = clock.MonotonicMs;
                Assert.True(now >= previous);
                previous = now;
            }
        }

        [Fact]
        public void HostClock_SetUtc_shifts_the_wall_clock_but_not_monotonic_time()
        {
            var clock = new HostClock();
            long before = clock.MonotonicMs;
            DateTime target = new DateTime(2031, 6, 1, 8, 30, 0, DateTimeKind.Utc);

            clock.SetUtc(target);

            Assert.InRange(clock.UtcNow, target, target.AddSeconds(5));
            Assert.Equal(DateTimeKind.Utc, clock.UtcNow.Kind);
            Assert.True(clock.MonotonicMs >= before);
            Assert.True(clock.MonotonicMs - before < 5000);
        }
    }
}
