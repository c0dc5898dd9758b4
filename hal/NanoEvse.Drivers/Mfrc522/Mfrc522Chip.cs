using NanoEvse.Drivers.Bus;

namespace NanoEvse.Drivers.Mfrc522
{
    /// <summary>
    /// Register access and the Transceive command of an MFRC522 over SPI (mode 0). An address byte is the register
    /// number shifted left once, with bit 7 set to read; in a read frame each further byte sent names the next
    /// register and the chip answers the previous one.
    /// </summary>
    public sealed class Mfrc522Chip
    {
        /// <summary>ComIrqReg reads before a Transceive is given up; the chip's own timer ends it long before.</summary>
        private const int MaxIrqPolls = 200;

        private readonly ISpiBus _spi;
        private readonly byte[] _two = new byte[2];
        private readonly byte[] _twoIn = new byte[2];

        public Mfrc522Chip(ISpiBus spi)
        {
            _spi = spi;
        }

        public int Read(int register)
        {
            _two[0] = (byte)(0x80 | (register << 1));
            _two[1] = 0;
            _spi.TransferFullDuplex(_two, _twoIn);
            return _twoIn[1];
        }

        public void Write(int register, int value)
        {
            _two[0] = (byte)((register << 1) & 0x7E);
            _two[1] = (byte)value;
            _spi.TransferFullDuplex(_two, _twoIn);
        }

        public void SetBits(int register, int mask)
        {
            Write(register, Read(register) | mask);
        }

        public void ClearBits(int register, int mask)
        {
            Write(register, Read(register) & ~mask);
        }

        /// <summary>
        /// Sends <paramref name="sendLength"/> bytes (the last one only <paramref name="lastBits"/> bits, 0 = all 8)
        /// and receives the card's answer into <paramref name="received"/>.
        /// </summary>
        /// <returns>The number of bytes received, 0 when no card answered, or -1 on a collision or a garbled answer.</returns>
        public int Transceive(byte[] send, int sendLength, int lastBits, byte[] received)
        {
            Write(Mfrc522Registers.CommandReg, Mfrc522Registers.Idle);
            Write(Mfrc522Registers.ComIrqReg, 0x7F);
            Write(Mfrc522Registers.FifoLevelReg, Mfrc522Registers.FlushBuffer);
            WriteFifo(send, sendLength);
            Write(Mfrc522Registers.BitFramingReg, lastBits & 0x07);
            Write(Mfrc522Registers.CommandReg, Mfrc522Registers.Transceive);
            SetBits(Mfrc522Registers.BitFramingReg, Mfrc522Registers.StartSend);

            int irq = 0;
            for (int i = 0; i < MaxIrqPolls; i++)
            {
                irq = Read(Mfrc522Registers.ComIrqReg);
                if ((irq & (Mfrc522Registers.RxIrq | Mfrc522Registers.IdleIrq | Mfrc522Registers.TimerIrq)) != 0)
                {
                    break;
                }
            }

            ClearBits(Mfrc522Registers.BitFramingReg, Mfrc522Registers.StartSend);
            if ((irq & Mfrc522Registers.RxIrq) == 0)
            {
                return 0;
            }

            int errors = Read(Mfrc522Registers.ErrorReg);
            if ((errors & (Mfrc522Registers.BufferOvfl | Mfrc522Registers.CollErr | Mfrc522Registers.ParityErr | Mfrc522Registers.ProtocolErr)) != 0)
            {
                return -1;
            }

            int count = Read(Mfrc522Registers.FifoLevelReg) & 0x7F;
            if (count > received.Length)
            {
                return -1;
            }

            ReadFifo(received, count);
            return count;
        }

        private void WriteFifo(byte[] data, int length)
        {
            byte[] frame = new byte[length + 1];
            frame[0] = (byte)((Mfrc522Registers.FifoDataReg << 1) & 0x7E);
            for (int i = 0; i < length; i++)
            {
                frame[i + 1] = data[i];
            }

            _spi.TransferFullDuplex(frame, new byte[length + 1]);
        }

        private void ReadFifo(byte[] into, int count)
        {
            if (count == 0)
            {
                return;
            }

            byte[] frame = new byte[count + 1];
            for (int i = 0; i < count; i++)
            {
                frame[i] = (byte)(0x80 | (Mfrc522Registers.FifoDataReg << 1));
            }

            byte[] answer = new byte[count + 1];
            _spi.TransferFullDuplex(frame, answer);
            for (int i = 0; i < count; i++)
            {
                into[i] = answer[i + 1];
            }
        }
    }
}
