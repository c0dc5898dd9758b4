// Declaration-only reference profile of nanoFramework.System.Device.Spi 1.3.82 (only what the adapters need).
using System.Device.Gpio;

namespace System.Device.Spi
{
    public enum SpiMode
    {
        Mode0,
        Mode1,
        Mode2,
        Mode3,
    }

    public enum DataFlow
    {
        MsbFirst,
        LsbFirst,
    }

    public sealed class SpiConnectionSettings
    {
        /// <summary>busId is 1 for SPI1; the chip select is a GPIO number.</summary>
        public SpiConnectionSettings(int busId, int chipSelectLine) => throw null;

        public int BusId { get => throw null; set => throw null; }
        public int ChipSelectLine { get => throw null; set => throw null; }
        public SpiMode Mode { get => throw null; set => throw null; }
        public int DataBitLength { get => throw null; set => throw null; }
        public int ClockFrequency { get => throw null; set => throw null; }
        public DataFlow DataFlow { get => throw null; set => throw null; }
        public PinValue ChipSelectLineActiveState { get => throw null; set => throw null; }
    }

    public class SpiDevice : IDisposable
    {
        protected SpiDevice() { }

        public SpiConnectionSettings ConnectionSettings => throw null;

        public static SpiDevice Create(SpiConnectionSettings settings) => throw null;

        public byte ReadByte() => throw null;
        public void Read(SpanByte buffer) => throw null;
        public void WriteByte(byte value) => throw null;
        public void Write(SpanByte buffer) => throw null;
        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer) => throw null;
        public void Dispose() => throw null;
    }
}
