using System;
using System.Diagnostics;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// The PC's time run <see cref="Speed"/> times faster, so the emulator can show minutes of charging in
    /// seconds. The speed may change while running (the emulator drops to 1 while it waits on the network) and
    /// the monotonic time never jumps or goes back; the wall clock runs at the same pace from the PC's time or
    /// from whatever the CSMS set.
    /// </summary>
    public sealed class ScaledClock : IClock
    {
        private readonly object _gate = new object();
        private readonly Func<long> _realMs;
        private double _speed = 1;
        private long _baseRealMs;
        private double _baseMs;
        private DateTime _utcAtMark;
        private long _markMs;

        /// <param name="realMs">The real milliseconds to scale; the PC's stopwatch when null (tests pass their own).</param>
        public ScaledClock(double speed, Func<long> realMs = null, DateTime? startUtc = null)
        {
            if (realMs == null)
            {
                Stopwatch stopwatch = Stopwatch.StartNew();
                realMs = () => stopwatch.ElapsedMilliseconds;
            }

            _realMs = realMs;
            _baseRealMs = realMs();
            _utcAtMark = UtcTime.Normalize(startUtc ?? DateTime.UtcNow);
            Speed = speed;
        }

        /// <summary>Clock milliseconds per real millisecond, above 0.</summary>
        public double Speed
        {
            get
            {
                lock (_gate)
                {
                    return _speed;
                }
            }

            set
            {
                if (!(value > 0))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), "The clock runs forward");
                }

                lock (_gate)
                {
                    if (value == _speed)
                    {
                        return;
                    }

                    long real = _realMs();
                    _baseMs += (real - _baseRealMs) * _speed;
                    _baseRealMs = real;
                    _speed = value;
                }
            }
        }

        public long MonotonicMs
        {
            get
            {
                lock (_gate)
                {
                    return NowMs();
                }
            }
        }

        public DateTime UtcNow
        {
            get
            {
                lock (_gate)
                {
                    return WallClock.AddTicks(_utcAtMark, (NowMs() - _markMs) * TimeSpan.TicksPerMillisecond);
                }
            }
        }

        public void SetUtc(DateTime utc)
        {
            lock (_gate)
            {
                _utcAtMark = UtcTime.Normalize(utc);
                _markMs = NowMs();
            }
        }

        private long NowMs()
        {
            return (long)(_baseMs + (_realMs() - _baseRealMs) * _speed);
        }
    }
}
