using System;
using System.Diagnostics;
using System.Threading;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// The PC's clocks: a Stopwatch for monotonic time, and the system UTC time shifted by whatever the CSMS set,
    /// so that setting the charger's clock never touches the machine's.
    /// </summary>
    public sealed class HostClock : IClock
    {
        private readonly Stopwatch _uptime = Stopwatch.StartNew();
        private long _offsetTicks;

        public long MonotonicMs => _uptime.ElapsedMilliseconds;

        public DateTime UtcNow => WallClock.AddTicks(DateTime.UtcNow, Interlocked.Read(ref _offsetTicks));

        public void SetUtc(DateTime utc)
        {
            Interlocked.Exchange(ref _offsetTicks, UtcTime.Normalize(utc).Ticks - DateTime.UtcNow.Ticks);
        }
    }
}
