namespace NanoEvse.Hal.Evse
{
    /// <summary>The proximity pilot of a socket: whether a cable is plugged in, and what current it is rated for.</summary>
    public interface IPlugSensor
    {
        bool IsPlugged { get; }

        /// <summary>The plugged cable's rating in A (13, 20, 32 or 63), or 0 without a cable.</summary>
        int CableAmps { get; }
    }
}
