using System;
using nanoFramework.Runtime.Native;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// The device clocks: the runtime's millisecond tick counter and the RTC-backed UTC wall clock. After a power cut
    /// the RTC restarts at its reset value (1970); the firmware's SNTP client, which the platform starts once Wi-Fi
    /// has an address, sets it again.
    /// </summary>
    public sealed class Esp32Clock : IClock, ITimeSync
    {
        public long MonotonicMs
        {
            get { return Environment.TickCount64; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>
        /// Whether the RTC holds a real time: set by SNTP or by us since the last power cut. The application polls it
        /// while the core does not trust its clock and tells the core (Charger.OnTimeSynchronized) once it turns true.
        /// </summary>
        public bool IsSynchronized
        {
            get { return WallClock.IsPlausible(DateTime.UtcNow); }
        }

        /// <summary>Sets the RTC (whole seconds only); a time the RTC could not represent sensibly is ignored rather than risked.</summary>
        public void SetUtc(DateTime utc)
        {
            if (WallClock.IsPlausible(utc))
            {
                Rtc.SetSystemTime(utc);
            }
        }
    }
}
