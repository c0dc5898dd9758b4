namespace NanoEvse.Hal
{
    /// <summary>
    /// The charger's IP network (Wi-Fi on the ESP32). Joining blocks, so the application calls
    /// <see cref="Join"/> on a worker thread and only reads <see cref="IsUp"/> from the main loop.
    /// </summary>
    public interface INetwork
    {
        /// <summary>True while the charger has an address; may be read from any thread.</summary>
        bool IsUp { get; }

        /// <summary>Joins the network, waiting at most <paramref name="timeoutMs"/>; true when it is up.</summary>
        bool Join(int timeoutMs);
    }
}
