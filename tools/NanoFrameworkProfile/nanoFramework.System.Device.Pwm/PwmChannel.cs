// Declaration-only reference profile of nanoFramework.System.Device.Pwm 1.1.23 (System.Device.Pwm/PwmChannel.cs).
namespace System.Device.Pwm
{
    public sealed class PwmChannel : IDisposable
    {
        public PwmChannel(int chip, int channel, int frequency = 400, double dutyCyclePercentage = 0.5) => throw null;

        /// <summary>The setter asks the hardware for the frequency; the getter returns what it actually runs at.</summary>
        public int Frequency { get => throw null; set => throw null; }

        /// <summary>0.0 to 1.0; passed to native code as duty x 10000.</summary>
        public double DutyCycle { get => throw null; set => throw null; }

        public static PwmChannel Create(int chip, int channel, int frequency = 400, double dutyCyclePercentage = 0.5) => throw null;

        /// <summary>Null when no PWM timer serves the pin (on the ESP32, set the pin's PWM function first).</summary>
        public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5) => throw null;

        public void Start() => throw null;
        public void Stop() => throw null;
        public void Dispose() => throw null;
    }
}
