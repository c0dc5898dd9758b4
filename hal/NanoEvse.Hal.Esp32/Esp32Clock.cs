using System;
using nanoFramework.Runtime.Native;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>The device clocks: the runtime's millisecond tick counter and the RTC-backed UTC wall clock.</summary>
    public sealed class Esp32Clock : IClock
    {
        public long MonotonicMs
        {
            get { return Environment.TickCount64; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>Sets the RTC; the native call keeps whole seconds only.</summary>
        public void SetUtc(DateTime utc)
        {
            Rtc.SetSystemTime(utc);
        }
    }
}
