namespace NanoEvse.Drivers.Bus
{
    /// <summary>A PWM output running at a fixed frequency.</summary>
    public interface IPwmOutput
    {
        /// <summary>Fraction of each period the output is high, 0.0 (always low) to 1.0 (always high).</summary>
        void SetDutyCycle(double duty);
    }
}
