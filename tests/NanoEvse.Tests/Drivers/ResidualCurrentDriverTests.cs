using System;
using System.Threading;
using NanoEvse.Drivers.ResidualCurrent;
using NanoEvse.Hal.Evse;
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
    
        [Fact]
        public void A_trip_pulse_shorter_than_the_poll_period_is_latched()
        {
            var edges = new FakeInterruptInput();
            var rcm = new ResidualCurrentDriver(edges, _test, _clock, PulseMs, SettleMs);
            rcm.Poll();

            _clock.Advance(5);
            edges.Pulse();
            _clock.Advance(15);
            rcm.Poll();

            Assert.False(edges.Level);
            Assert.True(rcm.IsTripped);
        }

        [Fact]
        public void The_trip_hook_is_told_at_the_edge_without_any_poll()
        {
            var edges = new FakeInterruptInput();
            var rcm = new ResidualCurrentDriver(edges, _test, _clock, PulseMs, SettleMs);
            var hook = new TripCounter(rcm);
            rcm.SetTripListener(hook);

            edges.Set(true);

            Assert.Equal(1, hook.Trips);
            Assert.True(hook.SawTripped);
        }

        [Fact]
        public void The_trip_hook_fires_once_per_trip()
        {
            var edges = new FakeInterruptInput();
            var rcm = new ResidualCurrentDriver(edges, _test, _clock, PulseMs, SettleMs);
            var hook = new TripCounter(rcm);
            rcm.SetTripListener(hook);

            edges.Pulse();
            edges.Pulse();
            edges.Set(true);
            rcm.Poll();
            Assert.True(rcm.IsTripped);
            Assert.Equal(1, hook.Trips);

            edges.Set(false);
            rcm.Rearm();
            _clock.Advance(PulseMs + SettleMs);
            rcm.Poll();
            edges.Pulse();

            Assert.Equal(2, hook.Trips);
        }

        [Fact]
        public void Edges_during_the_re_arm_pulse_and_its_settle_time_are_not_trips()
        {
            var edges = new FakeInterruptInput();
            var rcm = new ResidualCurrentDriver(edges, _test, _clock, PulseMs, SettleMs);
            var hook = new TripCounter(rcm);
            rcm.SetTripListener(hook);
            edges.Pulse();

            rcm.Rearm();
            edges.Pulse();
            _clock.Advance(PulseMs);
            rcm.Poll();
            edges.Pulse();
            _clock.Advance(SettleMs - 1);
            edges.Pulse();
            Assert.False(rcm.IsTripped);
            Assert.Equal(1, hook.Trips);

            _clock.Advance(1);
            edges.Pulse();
            Assert.True(rcm.IsTripped);
            Assert.Equal(2, hook.Trips);
        }

        [Fact]
        public void A_fault_still_asserted_after_the_re_arm_tells_the_hook_again_from_the_poll()
        {
            var edges = new FakeInterruptInput();
            var rcm = new ResidualCurrentDriver(edges, _test, _clock, PulseMs, SettleMs);
            var hook = new TripCounter(rcm);
            rcm.SetTripListener(hook);
            edges.Set(true);

            rcm.Rearm();
            _clock.Advance(PulseMs + SettleMs);
            rcm.Poll();

            Assert.True(rcm.IsTripped);
            Assert.Equal(2, hook.Trips);
        }

        [Fact]
        public void Edges_racing_on_several_threads_latch_one_trip_and_tell_the_hook_once()
        {
            var edges = new FakeInterruptInput();
            var rcm = new ResidualCurrentDriver(edges, _test, _clock, PulseMs, SettleMs);
            var hook = new TripCounter(rcm);
            rcm.SetTripListener(hook);
            var start = new ManualResetEventSlim();

            var threads = new Thread[4];
            for (int t = 0; t < threads.Length; t++)
            {
                threads[t] = new Thread(() =>
                {
                    start.Wait();
                    for (int i = 0; i < 1000; i++)
                    {
                        edges.Listener.OnEdge(true);
                        rcm.Poll();
                    }
                });
                threads[t].Start();
            }

            start.Set();
            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            Assert.True(rcm.IsTripped);
            Assert.Equal(1, hook.Trips);
        }

        /// <summary>A safety layer's hook: counts the trips it is told of and checks the monitor already says so.</summary>
        private sealed class TripCounter : ITripListener
        {
            private readonly ResidualCurrentDriver _rcm;
            private int _trips;

            public TripCounter(ResidualCurrentDriver rcm)
            {
                _rcm = rcm;
                SawTripped = true;
            }

            public int Trips => Volatile.Read(ref _trips);

            public bool SawTripped { get; private set; }

            public void OnTrip()
            {
                Interlocked.Increment(ref _trips);
                SawTripped &= _rcm.IsTripped;
            }
        }
    }
}
