using System.Device.Adc;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>
    /// One ADC1 channel scaled to millivolts at the pin. The full-scale voltage depends on the ESP32's attenuation
    /// and its per-chip reference, so the board states it and the drivers' calibrations absorb the rest.
    /// </summary>
    public sealed class AdcInput : IAnalogInput
    {
        private readonly AdcChannel _channel;
        private readonly int _maxValue;
        private readonly int _fullScaleMillivolts;

        public AdcInput(AdcController adc, int channel, int fullScaleMillivolts)
        {
            _channel = adc.OpenChannel(channel);
            _maxValue = adc.MaxValue;
            _fullScaleMillivolts = fullScaleMillivolts;
        }

        public int ReadMillivolts()
        {
            return (int)((long)_channel.ReadValue() * _fullScaleMillivolts / _maxValue);
        }
    }
}
