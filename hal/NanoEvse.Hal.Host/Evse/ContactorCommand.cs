namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>A change of what the charger commands its contactor to do, at the clock's monotonic time.</summary>
    public readonly record struct ContactorCommand(long AtMs, bool Closed);
}
