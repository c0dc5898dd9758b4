namespace NanoEvse.Hal
{
    /// <summary>The platform's own clock synchronization (the ESP32 firmware's SNTP client, started once Wi-Fi has an address).</summary>
    public interface ITimeSync
    {
        /// <summary>Whether the wall clock has been set by the platform since the charger started.</summary>
        bool IsSynchronized { get; }
    }
}
