namespace NanoEvse.Hal.Evse
{
    /// <summary>
    /// Told the moment a connector's residual-current monitor trips, so a safety layer can open the contactor
    /// without waiting for any poll. Called once per trip (again only after a re-arm and a new trip), on the
    /// thread that saw it: usually the GPIO event thread, otherwise the thread that sampled the trip input.
    /// It must return quickly and never block or wait for another thread; opening the contactor is the kind
    /// of work it is for. The monitor's <c>IsTripped</c> is already true when it runs.
    /// </summary>
    public interface ITripListener
    {
        void OnTrip();
    }
}
