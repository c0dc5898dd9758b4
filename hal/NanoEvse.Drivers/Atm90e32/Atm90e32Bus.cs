using NanoEvse.Drivers.Bus;

namespace NanoEvse.Drivers.Atm90e32
{
    /// <summary>
    /// Register access over SPI (mode 3, at most a few hundred kHz): one chip-select frame of a 16-bit address word
    /// (bit 15 set to read, address in bits 9-0) followed by the 16-bit register value, both MSB first.
    /// </summary>
    public sealed class Atm90e32Bus
    {
        private const int ReadFlag = 0x8000;

        private readonly ISpiBus _spi;
        private readonly byte[] _write = new byte[4];
        private readonly byte[] _read = new byte[4];

        public Atm90e32Bus(ISpiBus spi)
        {
            _spi = spi;
        }

        public int Read(int register)
        {
            Frame(register | ReadFlag, 0);
            return (_read[2] << 8) | _read[3];
        }

        public void Write(int register, int value)
        {
            Frame(register & 0x03FF, value);
        }

        private void Frame(int addressWord, int value)
        {
            _write[0] = (byte)(addressWord >> 8);
            _write[1] = (byte)addressWord;
            _write[2] = (byte)(value >> 8);
            _write[3] = (byte)value;
            _spi.TransferFullDuplex(_write, _read);
        }
    }
}
