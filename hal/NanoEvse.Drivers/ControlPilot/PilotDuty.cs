namespace NanoEvse.Drivers.ControlPilot
{
    /// <summary>The PWM duty that advertises a current to the vehicle (IEC 61851-1 annex A).</summary>
    public static class PilotDuty
    {
        public const int MinAmps = 6;
        public const int MaxAmps = 80;

        /// <summary>Steady +12 V: no energy offered.</summary>
        public const double NoOffer = 1.0;

        /// <summary>
        /// The fraction of each 1 kHz period the pilot spends at +12 V for <paramref name="amps"/>:
        /// 6-51 A is amps / 0.6 %, 51-80 A is amps / 2.5 + 64 %. Above 80 A the offer is capped at 80 A.
        /// Below 6 A no current can be signalled, so the pilot stays at steady +12 V rather than offer more
        /// than was asked for.
        /// </summary>
        public static double ForAmps(int amps)
        {
            if (amps < MinAmps)
            {
                return NoOffer;
            }

            if (amps > MaxAmps)
            {
                amps = MaxAmps;
            }

            if (amps <= 51)
            {
                return amps / 60.0;
            }

            return amps / 250.0 + 0.64;
        }
    }
}
