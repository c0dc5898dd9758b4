namespace NanoEvse.Drivers.Bus
{
    /// <summary>One digital input. The board adapter applies the pin's polarity, so true always means "asserted".</summary>
    public interface IDigitalInput
    {
        bool Read();
    }
}
