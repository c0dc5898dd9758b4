namespace NanoEvse.Hal.Evse
{
    /// <summary>IEC 61851-1 control pilot states, as the charger measures the pilot voltage.</summary>
    public static class PilotState
    {
        /// <summary>+12 V: no vehicle.</summary>
        public const int A = 0;

        /// <summary>+9 V: vehicle connected, not asking for energy.</summary>
        public const int B = 1;

        /// <summary>+6 V: vehicle asks for energy.</summary>
        public const int C = 2;

        /// <summary>+3 V: vehicle asks for energy and needs ventilation.</summary>
        public const int D = 3;

        /// <summary>0 V: pilot shorted or charger fault.</summary>
        public const int E = 4;

        /// <summary>-12 V only: no diode in the vehicle, or the charger is not available.</summary>
        public const int F = 5;

        public static readonly string[] Names = new string[] { "A", "B", "C", "D", "E", "F" };

        /// <summary>Whether the vehicle asks for energy (C or D).</summary>
        public static bool WantsEnergy(int state)
        {
            return state == C || state == D;
        }

        /// <summary>Whether a vehicle is connected (B, C or D).</summary>
        public static bool VehicleConnected(int state)
        {
            return state == B || state == C || state == D;
        }
    }
}
