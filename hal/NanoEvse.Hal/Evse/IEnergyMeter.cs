namespace NanoEvse.Hal.Evse
{
    /// <summary>The metering IC of one connector.</summary>
    public interface IEnergyMeter
    {
        /// <summary>Fills <paramref name="reading"/> with the latest values; returns false when the meter cannot be read.</summary>
        bool Read(MeterReading reading);
    }
}
