namespace NanoEvse.Drivers.Bus
{
    /// <summary>
    /// A driver that samples its inputs or finishes timed outputs when polled. The board polls every such driver
    /// from the main loop, before the charger core reads them.
    /// </summary>
    public interface IPolledDriver
    {
        void Poll();
    }
}
