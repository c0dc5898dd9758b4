using NanoEvse.Hal;

namespace NanoEvse.App
{
    /// <summary>
    /// The software watchdog. The main loop beats once per pass; the safety thread asks whether it has gone
    /// quiet for longer than <see cref="StallLimitMs"/>, which no legitimate pass takes (flash writes and the
    /// reset's send grace are well under it).
    /// </summary>
    public sealed class LoopSupervisor
    {
        public const int StallLimitMs = 5000;

        private readonly IClock _clock;
        private readonly object _gate = new object();
        private long _lastBeatMs;

        /// <param name="clock">Real time: a stall is measured in it even where the charger's clock runs faster.</param>
        public LoopSupervisor(IClock clock)
        {
            _clock = clock;
            _lastBeatMs = clock.MonotonicMs;
        }

        public void Beat()
        {
            long nowMs = _clock.MonotonicMs;

            // A long is not written atomically on a 32-bit MCU, hence the lock.
            lock (_gate)
            {
                _lastBeatMs = nowMs;
            }
        }

        /// <summary>How long the main loop has been silent.</summary>
        public long SilentMs()
        {
            long nowMs = _clock.MonotonicMs;
            lock (_gate)
            {
                return nowMs - _lastBeatMs;
            }
        }

        public bool IsStalled()
        {
            return SilentMs() >= StallLimitMs;
        }
    }
}
