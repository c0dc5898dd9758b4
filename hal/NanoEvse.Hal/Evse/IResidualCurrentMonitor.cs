namespace NanoEvse.Hal.Evse
{
    /// <summary>The residual-current device of one connector (6 mA DC / 30 mA AC detection).</summary>
    public interface IResidualCurrentMonitor
    {
        bool IsTripped { get; }

        /// <summary>Re-arms the monitor after the fault was cleared; it trips again at once if the fault remains.</summary>
        void Rearm();
    }
}
