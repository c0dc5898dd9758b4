namespace NanoEvse.Drivers.Bus
{
    /// <summary>
    /// A driver that samples its inputs or finishes timed outputs when polled. The board polls the safety inputs from
    /// a sampling thread of their own and the bus peripherals from the main loop (<c>IChargerBoard</c>); a driver
    /// polled off the main loop guards what it shares with the core's calls.
    /// </summary>
    public interface IPolledDriver
    {
        void Poll();
    }
}
