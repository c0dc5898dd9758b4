using System.Device.Gpio;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>
    /// A GPIO input; an active-low pin (a contact to ground with a pull-up) reads true when pulled low. Edges come
    /// from <c>GpioPin.ValueChanged</c>, which nanoFramework raises on its event thread from the pin interrupt.
    /// </summary>
    public sealed class GpioInput : IInterruptInput
    {
        private readonly GpioPin _pin;
        private readonly bool _activeLow;
        private IEdgeListener _listener;
        private bool _subscribed;

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

        public void SetEdgeListener(IEdgeListener listener)
        {
            _listener = listener;

            // Subscribing turns the pin interrupt on; it stays on and a null listener just drops the edges.
            if (listener != null && !_subscribed)
            {
                _subscribed = true;
                _pin.ValueChanged += OnValueChanged;
            }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            IEdgeListener listener = _listener;
            if (listener != null)
            {
                bool high = e.ChangeType == PinEventTypes.Rising;
                listener.OnEdge(high != _activeLow);
            }
        }
    }
}
