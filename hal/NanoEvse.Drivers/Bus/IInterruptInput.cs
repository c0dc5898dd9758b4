namespace NanoEvse.Drivers.Bus
{
    /// <summary>
    /// A digital input that also reports its edges as they happen, so a pulse shorter than any poll period is
    /// still seen. One listener at a time; setting another replaces it, null stops the reports.
    /// </summary>
    public interface IInterruptInput : IDigitalInput
    {
        void SetEdgeListener(IEdgeListener listener);
    }
}
