namespace NanoEvse.Hal.Evse
{
    /// <summary>
    /// A contactor behind a safety interlock that may hold it open although closed was asked for (a residual-current
    /// trip, a lost pilot). Its feedback is to be judged against what the coil is driven to, not against the request.
    /// </summary>
    public interface IInterlockedContactor : IContactor
    {
        /// <summary>Whether the coil is driven closed right now.</summary>
        bool Driven { get; }

        /// <summary>True once the interlock found the feedback disagreeing with the coil and holds the contactor open for good.</summary>
        bool Failed { get; }
    }
}
