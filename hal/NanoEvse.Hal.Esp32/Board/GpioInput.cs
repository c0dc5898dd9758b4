using System.Device.Gpio;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>A GPIO input; an active-low pin (a contact to ground with a pull-up) reads true when pulled low.</summary>
    public sealed class GpioInput : IDigitalInput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeLow;

        public GpioInput(GpioController gpio, int pin, PinMode mode, bool activeLow)
        {
            _pin = gpio.OpenPin(pin, mode);
            _activeLow = activeLow;
        }

        public bool Read()
        {
            bool high = _pin.Read() == PinValue.High;
            return high != _activeLow;
        }
    }
}
