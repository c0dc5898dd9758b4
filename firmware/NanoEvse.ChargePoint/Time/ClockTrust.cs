using System;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Time
{
    /// <summary>
    /// Whether the wall clock tells the real time. It does from boot when the RTC kept a plausible time, or from
    /// the first plausible currentTime the CSMS gives (BootNotification, Heartbeat) or the platform's SNTP sync;
    /// once trusted it stays trusted until the next boot. Every event is recorded with both clocks, so an event
    /// from before the trust is placed on the real timeline from the monotonic clock: UTC = trustedUtc -
    /// (trustedMs - eventMs). Implausible times are refused, logged, and leave the clock alone.
    /// </summary>
    public sealed class ClockTrust
    {
        /// <summary>The monotonic time of an event recorded in an earlier boot: its UTC stands as recorded.</summary>
        public const long NoLink = long.MinValue;

        private const string Component = "time";
        private readonly IClock _clock;
        private readonly ILog _log;
        private bool _trusted;
        private long _trustedMs;
        private DateTime _trustedUtc;

        public ClockTrust(IClock clock, ILog log)
        {
            _clock = clock;
            _log = log;
            DateTime now = clock.UtcNow;
            if (WallClock.IsPlausible(now))
            {
                Trust();
                return;
            }

            log.Write(LogLevel.Warning, Component, "the clock reads " + OcppTime.Format(now)
                + " and is not trusted; timestamped messages wait until the CSMS or SNTP gives the time");
        }

        public IClock Clock
        {
            get { return _clock; }
        }

        public bool IsTrusted
        {
            get { return _trusted; }
        }

        /// <summary>Sets the clock from <paramref name="source"/> when <paramref name="utc"/> is plausible; false (logged) otherwise.</summary>
        public bool Accept(DateTime utc, string source)
        {
            if (!WallClock.IsPlausible(utc))
            {
                _log.Write(LogLevel.Warning, Component, "refused the time " + OcppTime.Format(utc) + " from " + source
                    + ": not between " + OcppTime.Format(WallClock.EarliestPlausible) + " and " + OcppTime.Format(WallClock.LatestPlausible));
                return false;
            }

            _clock.SetUtc(utc);
            if (!_trusted)
            {
                Trust();
                _log.Write(LogLevel.Info, Component, "clock set from " + source + " and trusted");
            }

            return true;
        }

        /// <summary>The platform synchronized the clock (SNTP): trusted when what it now reads is plausible.</summary>
        public void OnSynchronized()
        {
            if (_trusted)
            {
                return;
            }

            DateTime now = _clock.UtcNow;
            if (!WallClock.IsPlausible(now))
            {
                _log.Write(LogLevel.Warning, Component, "the synchronized clock reads " + OcppTime.Format(now) + "; still not trusted");
                return;
            }

            Trust();
            _log.Write(LogLevel.Info, Component, "clock synchronized and trusted");
        }

        /// <summary>
        /// The real time of an event recorded as (<paramref name="utc"/>, <paramref name="ms"/>): as recorded when it
        /// happened once the clock was trusted (or in an earlier boot), from the monotonic clock when it came before.
        /// Only meaningful once <see cref="IsTrusted"/>; until then the recorded time.
        /// </summary>
        public DateTime Resolve(DateTime utc, long ms)
        {
            if (!_trusted || ms == NoLink || ms > _trustedMs)
            {
                return utc;
            }

            return WallClock.AddTicks(_trustedUtc, -(_trustedMs - ms) * TimeSpan.TicksPerMillisecond);
        }

        /// <summary>
        /// The wall-clock time to record for an event now that must not come before the event recorded as
        /// (<paramref name="afterUtc"/>, <paramref name="afterMs"/>): a clock set backwards is clamped to it. Before
        /// the trust no clamp is needed, since such events are placed by the monotonic clock, which never goes back.
        /// </summary>
        public DateTime NowNotBefore(DateTime afterUtc, long afterMs)
        {
            DateTime now = _clock.UtcNow;
            if (!_trusted)
            {
                return now;
            }

            DateTime floor = Resolve(afterUtc, afterMs);
            return now.Ticks < floor.Ticks ? floor : now;
        }

        /// <summary>The later of two resolved events: what a message stamps so that it never comes before <paramref name="earlier"/>.</summary>
        public DateTime NotBefore(DateTime utc, long ms, DateTime earlierUtc, long earlierMs)
        {
            DateTime value = Resolve(utc, ms);
            DateTime floor = Resolve(earlierUtc, earlierMs);
            return value.Ticks < floor.Ticks ? floor : value;
        }

        private void Trust()
        {
            _trusted = true;
            _trustedMs = _clock.MonotonicMs;
            _trustedUtc = _clock.UtcNow;
        }
    }
}
