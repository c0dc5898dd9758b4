namespace NanoEvse.Hal.Evse
{
    /// <summary>The control pilot of one connector: the charger measures its state and drives its PWM.</summary>
    public interface IControlPilot
    {
        /// <summary>The <see cref="PilotState"/> last measured.</summary>
        int State { get; }

        /// <summary>
        /// Advertises <paramref name="amps"/> to the vehicle (6 to 80 A, as PWM duty per IEC 61851-1 annex A);
        /// 0 means a steady +12 V (no energy offered).
        /// </summary>
        void Offer(int amps);
    }
}
