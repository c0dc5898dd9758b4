using System;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// A clock that moves only when told to, so tests can run hours of charger time in milliseconds.
    /// <see cref="Advance"/> moves both clocks; <see cref="SetUtc"/> moves the wall clock only, like a time sync.
    /// </summary>
    public sealed class VirtualClock : IClock
    {
        private readonly object _gate = new object();
        private long _monotonicMs;
        private DateTime _utc;

        public VirtualClock(DateTime startUtc)
        {
            _utc = UtcTime.Normalize(startUtc);
        }

        public long MonotonicMs
        {
            get
            {
                lock (_gate)
                {
                    return _monotonicMs;
                }
            }
        }

        public DateTime UtcNow
        {
            get
            {
                lock (_gate)
                {
                    return _utc;
                }
            }
        }

        public void SetUtc(DateTime utc)
        {
            lock (_gate)
            {
                _utc = UtcTime.Normalize(utc);
            }
        }

        public void Advance(long milliseconds)
        {
            if (milliseconds < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(milliseconds), "Time only moves forward");
            }

            lock (_gate)
            {
                _monotonicMs += milliseconds;
                _utc = WallClock.AddTicks(_utc, milliseconds * TimeSpan.TicksPerMillisecond);
            }
        }
    }
}
