using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal
{
    /// <summary>
    /// A charger's circuit board: its hardware, and the sampling its drivers need. The safety inputs (pilot,
    /// proximity, residual current, lock pulses) are sampled from a dedicated thread every few tens of ms; the
    /// peripherals on shared buses (the card reader beside the meter on SPI) from the main loop.
    /// </summary>
    public interface IChargerBoard
    {
        ChargerHardware Hardware { get; }

        /// <summary>Cheap and bounded: called from the safety thread.</summary>
        void SampleSafetyInputs();

        /// <summary>Called from the main loop before the charger core's poll.</summary>
        void PollPeripherals();
    }
}
