using System;

namespace NanoEvse.Hal
{
    /// <summary>
    /// The charger's two clocks. Every timer in the core runs on <see cref="MonotonicMs"/>, which never jumps;
    /// <see cref="UtcNow"/> is only for timestamps on the wire and may be set by the CSMS. No member throws, whatever
    /// DateTime it is given (see <see cref="WallClock"/>); whether the wall clock can be trusted is the core's call.
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since an arbitrary start; never goes backwards.</summary>
        long MonotonicMs { get; }

        /// <summary>Wall-clock time, always UTC.</summary>
        DateTime UtcNow { get; }

        /// <summary>Sets the wall clock, e.g. from BootNotification.conf currentTime.</summary>
        void SetUtc(DateTime utc);
    }
}
