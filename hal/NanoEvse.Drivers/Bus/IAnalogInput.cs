namespace NanoEvse.Drivers.Bus
{
    /// <summary>One ADC channel, already scaled to the voltage at the ADC pin.</summary>
    public interface IAnalogInput
    {
        int ReadMillivolts();
    }
}
