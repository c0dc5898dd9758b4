using System.Device.Gpio;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>A push-pull GPIO output, written inactive as soon as it is opened.</summary>
    public sealed class GpioOutput : IDigitalOutput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeLow;

        public GpioOutput(GpioController gpio, int pin, bool activeLow)
        {
            _pin = gpio.OpenPin(pin, PinMode.Output);
            _activeLow = activeLow;
            Write(false);
        }

        public void Write(bool active)
        {
            _pin.Write(active != _activeLow ? PinValue.High : PinValue.Low);
        }
    }
}
