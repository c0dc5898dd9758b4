namespace NanoEvse.Drivers.Bus
{
    /// <summary>
    /// Told of each edge of an <see cref="IInterruptInput"/>, on the platform's event thread rather than the
    /// sampling or main loop: keep it short, never block, and guard what it shares with other threads.
    /// </summary>
    public interface IEdgeListener
    {
        /// <param name="asserted">The level after the edge, polarity applied as in <see cref="IDigitalInput.Read"/>.</param>
        void OnEdge(bool asserted);
    }
}
