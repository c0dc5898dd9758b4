namespace NanoEvse.Hal.Evse
{
    /// <summary>The actuator that locks the plug in a socket (a fixed cable has none).</summary>
    public interface IConnectorLock
    {
        void Command(bool locked);

        /// <summary>What the lock's feedback reports.</summary>
        bool IsLocked { get; }
    }
}
