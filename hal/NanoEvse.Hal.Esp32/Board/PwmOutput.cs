using System;
using System.Device.Pwm;
using nanoFramework.Hardware.Esp32;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>
    /// A PWM pin (an LEDC channel of the ESP32), started at construction. An inverting pilot generator stage
    /// (the op-amp that turns 3.3 V logic into +/-12 V) gets the complement of the duty.
    /// </summary>
    public sealed class PwmOutput : IPwmOutput
    {
        private readonly PwmChannel _channel;
        private readonly bool _inverted;

        public PwmOutput(int pin, DeviceFunction function, int frequencyHz, double initialDuty, bool inverted)
        {
            Configuration.SetPinFunction(pin, function);
            _inverted = inverted;
            _channel = PwmChannel.CreateFromPin(pin, frequencyHz, ToPin(initialDuty));
            if (_channel == null)
            {
                throw new InvalidOperationException("no PWM channel for GPIO " + pin);
            }

            _channel.Start();
        }

        public void SetDutyCycle(double duty)
        {
            _channel.DutyCycle = ToPin(duty);
        }

        private double ToPin(double duty)
        {
            return _inverted ? 1.0 - duty : duty;
        }
    }
}
