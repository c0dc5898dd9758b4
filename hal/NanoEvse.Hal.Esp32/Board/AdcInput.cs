using System.Device.Adc;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>
    /// One ADC1 channel scaled to millivolts at the pin. System.Device.Adc 1.1.24 has no calibrated read (the ESP32
    /// native code returns the raw 12-bit value at 11 dB, without esp_adc_cal), so the raw value is scaled linearly;
    /// the full scale depends on the per-chip reference, so the board states it and the drivers' calibrations,
    /// measured through this same scaling, absorb the rest.
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
