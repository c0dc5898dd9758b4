namespace NanoEvse.Hal.Evse
{
    /// <summary>The control pilot of one connector: the charger measures its state and drives its PWM.</summary>
    public interface IControlPilot
    {
        /// <summary>The <see cref="PilotState"/> last measured.</summary>
        int State { get; }

        /// <summary>
        /// Advertises <paramref name="deciAmps"/> (0.1 A) per phase to the vehicle, 60 to 800 (6 to 80 A), as PWM duty
        /// per IEC 61851-1 annex A; 0 means a steady +12 V (no energy offered). Tenths, because the duty is continuous
        /// and a limit in watts or a profile's 10.5 A rarely falls on a whole amp.
        /// </summary>
        void OfferDeciAmps(int deciAmps);
    }
}
