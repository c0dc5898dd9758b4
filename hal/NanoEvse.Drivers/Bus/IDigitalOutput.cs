namespace NanoEvse.Drivers.Bus
{
    /// <summary>One digital output. The board adapter applies the pin's polarity, so true always means "energised".</summary>
    public interface IDigitalOutput
    {
        void Write(bool active);
    }
}
