namespace NanoEvse.Drivers.ControlPilot
{
    /// <summary>The PWM duty that advertises a current to the vehicle (IEC 61851-1 annex A).</summary>
    public static class PilotDuty
    {
        /// <summary>6 A, in 0.1 A.</summary>
        public const int MinDeciAmps = 60;

        /// <summary>80 A, in 0.1 A.</summary>
        public const int MaxDeciAmps = 800;

        // 51 A: the top of the first segment (85 %).
        private const int FirstSegmentTopDeciAmps = 510;

        /// <summary>Steady +12 V: no energy offered.</summary>
        public const double NoOffer = 1.0;

        /// <summary>
        /// The fraction of each 1 kHz period the pilot spends at +12 V for <paramref name="deciAmps"/> (0.1 A):
        /// 6-51 A is A / 0.6 %, 51-80 A is A / 2.5 + 64 %. Above 80 A the offer is capped at 80 A.
        /// Below 6 A no current can be signalled, so the pilot stays at steady +12 V rather than offer more
        /// than was asked for.
        /// </summary>
        public static double ForDeciAmps(int deciAmps)
        {
            if (deciAmps < MinDeciAmps)
            {
                return NoOffer;
            }

            if (deciAmps > MaxDeciAmps)
            {
                deciAmps = MaxDeciAmps;
            }

            if (deciAmps <= FirstSegmentTopDeciAmps)
            {
                return deciAmps / 600.0;
            }

            return deciAmps / 2500.0 + 0.64;
        }
    }
}
