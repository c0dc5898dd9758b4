namespace NanoEvse.Drivers.ProximityPilot
{
    /// <summary>
    /// The resistor between PP and PE in a cable's plug (IEC 61851-1 annex B, IEC 62196-2) and the current it codes:
    /// 1.5 kOhm 13 A, 680 Ohm 20 A, 220 Ohm 32 A, 100 Ohm 63 A. A reading is taken as the nearest coding, with band
    /// edges at the geometric middle between neighbours; far above 1.5 kOhm the socket is empty, far below 100 Ohm
    /// PP is shorted.
    /// </summary>
    public static class CableCoding
    {
        /// <summary>No cable in the socket.</summary>
        public const int NoCable = -1;

        /// <summary>Something is plugged in whose coding means nothing (PP shorted to PE): no current may be drawn.</summary>
        public const int Unrated = 0;

        public const int ShortBelowOhms = 50;
        public const int OpenAboveOhms = 3300;

        private static readonly int[] UpperOhms = new int[] { 148, 387, 1010, OpenAboveOhms };
        private static readonly int[] Amps = new int[] { 63, 32, 20, 13 };

        /// <summary>The cable's rating in A, <see cref="Unrated"/> or <see cref="NoCable"/>.</summary>
        public static int Decode(int ohms)
        {
            if (ohms < ShortBelowOhms)
            {
                return Unrated;
            }

            for (int i = 0; i < UpperOhms.Length; i++)
            {
                if (ohms <= UpperOhms[i])
                {
                    return Amps[i];
                }
            }

            return NoCable;
        }
    }
}
