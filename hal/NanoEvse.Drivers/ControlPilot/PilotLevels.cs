using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.ControlPilot
{
    /// <summary>
    /// Pilot voltage (the +12 V phase, CP to PE) to <see cref="PilotState"/>. Each state owns its nominal voltage
    /// +/-1 V (IEC 61851-1: A 12 V, B 9 V, C 6 V, D 3 V, E 0 V, F -12 V). A reading in the gap between two bands
    /// keeps the present state when that state is one of the two (hysteresis), so a pilot sitting on a boundary
    /// does not flip; otherwise it goes to the nearer band.
    /// </summary>
    public static class PilotLevels
    {
        // Bands from the highest voltage down: state, lowest and highest mV of the band.
        private static readonly int[] States = new int[] { PilotState.A, PilotState.B, PilotState.C, PilotState.D, PilotState.E, PilotState.F };
        private static readonly int[] Lows = new int[] { 11000, 8000, 5000, 2000, -1000, int.MinValue };
        private static readonly int[] Highs = new int[] { int.MaxValue, 10000, 7000, 4000, 1000, -11000 };

        public static int Classify(int pilotMillivolts, int presentState)
        {
            for (int i = 0; i < States.Length; i++)
            {
                if (pilotMillivolts >= Lows[i])
                {
                    if (pilotMillivolts <= Highs[i])
                    {
                        return States[i];
                    }

                    // Between band i (below) and band i - 1 (above).
                    int above = States[i - 1];
                    int below = States[i];
                    if (presentState == above || presentState == below)
                    {
                        return presentState;
                    }

                    int middle = (Lows[i - 1] + Highs[i]) / 2;
                    return pilotMillivolts >= middle ? above : below;
                }
            }

            return PilotState.F;
        }
    }
}
