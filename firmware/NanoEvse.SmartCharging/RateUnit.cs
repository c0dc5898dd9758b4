namespace NanoEvse.SmartCharging
{
    /// <summary>
    /// ChargingRateUnitType and the conversions between its units. A is per phase, W is the total; both are kept in
    /// tenths. Conversions use the nominal 230 V and the phases the period names (3 when it names none).
    /// </summary>
    public static class RateUnit
    {
        public const int Amps = 0;
        public const int Watts = 1;
        public const int NominalVolts = 230;
        public const int DefaultPhases = 3;

        public static readonly string[] Names = new string[] { "A", "W" };

        /// <summary>The names ChargingScheduleAllowedChargingRateUnit uses for the same units (errata 3.88).</summary>
        public static readonly string[] KeyItems = new string[] { "Current", "Power" };

        /// <summary><paramref name="tenths"/> of <paramref name="from"/> in tenths of <paramref name="to"/>; W to A rounds down, so a limit is never exceeded.</summary>
        public static long Convert(long tenths, int from, int to, int phases)
        {
            if (from == to)
            {
                return tenths;
            }

            long voltsPhases = (long)NominalVolts * (phases == 0 ? DefaultPhases : phases);
            return from == Amps ? tenths * voltsPhases : tenths / voltsPhases;
        }
    }
}
