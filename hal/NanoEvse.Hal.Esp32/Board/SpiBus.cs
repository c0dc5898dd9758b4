using System.Device.Spi;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>One chip on a SPI bus with its own chip select, clock and mode; each transfer is one chip-select frame.</summary>
    public sealed class SpiBus : ISpiBus
    {
        private readonly SpiDevice _device;

        public SpiBus(int busId, int chipSelectPin, int clockHz, SpiMode mode)
        {
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.ClockFrequency = clockHz;
            settings.Mode = mode;
            settings.DataBitLength = 8;
            settings.DataFlow = DataFlow.MsbFirst;
            _device = SpiDevice.Create(settings);
        }

        public void TransferFullDuplex(byte[] write, byte[] read)
        {
            _device.TransferFullDuplex(write, read);
        }
    }
}
