namespace NanoEvse.Drivers.Bus
{
    /// <summary>One device on a SPI bus: each call is one chip-select frame.</summary>
    public interface ISpiBus
    {
        /// <summary>Clocks out <paramref name="write"/> while clocking in as many bytes into <paramref name="read"/>.</summary>
        void TransferFullDuplex(byte[] write, byte[] read);
    }
}
