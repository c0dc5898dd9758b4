namespace NanoEvse.Hal
{
    /// <summary>Restarts the charger: the device reboots; the emulator and tests build a new charger core.</summary>
    public interface IRestart
    {
        /// <summary>
        /// Called once the core has finished what it must do before going down. Hard restarts the whole device;
        /// soft restarts only the application. It may return (the host) or never return (the device).
        /// </summary>
        void Restart(bool hard);
    }
}
