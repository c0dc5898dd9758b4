namespace NanoEvse.Hal.Evse
{
    /// <summary>
    /// One charger board: its <see cref="Hardware"/> and the two rhythms it needs. The safety inputs (pilot,
    /// proximity, residual current, the end of lock pulses) are cheap and safe to sample from a thread of their own
    /// while the main loop runs the charger core; the peripherals on shared buses (the card reader beside the
    /// meter on SPI) must stay on the main loop, which also reads the meter.
    /// </summary>
    public interface IChargerBoard
    {
        ChargerHardware Hardware { get; }

        /// <summary>Samples the safety inputs once; meant for a dedicated thread every 20 ms.</summary>
        void SampleSafetyInputs();

        /// <summary>Polls the peripherals that share a bus with the meter; call from the main loop only.</summary>
        void PollPeripherals();

        /// <summary>
        /// Sets the hook told at once when the residual-current monitor of connector <paramref name="connectorIndex"/>
        /// (an index into <see cref="ChargerHardware.Connectors"/>) trips; null removes it.
        /// </summary>
        void SetTripListener(int connectorIndex, ITripListener listener);
    }
}
