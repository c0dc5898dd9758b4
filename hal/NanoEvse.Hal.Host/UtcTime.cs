using System;

namespace NanoEvse.Hal.Host
{
    internal static class UtcTime
    {
        /// <summary>The firmware only deals in UTC: local times are converted, unspecified ones are taken as UTC.</summary>
        public static DateTime Normalize(DateTime time)
        {
            switch (time.Kind)
            {
                case DateTimeKind.Local:
                    return time.ToUniversalTime();
                case DateTimeKind.Unspecified:
                    return DateTime.SpecifyKind(time, DateTimeKind.Utc);
                default:
                    return time;
            }
        }
    }
}
