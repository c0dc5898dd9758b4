using System.Collections.Generic;
using System.Linq;
using NanoEvse.Drivers.Bus;
using NanoEvse.Drivers.Mfrc522;

namespace NanoEvse.Tests.Drivers
{
    /// <summary>
    /// An MFRC522 at the register level, with ISO 14443 A cards in its field. SPI frames follow the datasheet
    /// (address byte = register shifted left once, bit 7 set to read). A Transceive runs when StartSend is set:
    /// the FIFO holds the frame sent, and the answer of the cards (or, with none, the timer interrupt) comes back
    /// through the FIFO, FIFOLevelReg, ControlReg's RxLastBits, ErrorReg and ComIrqReg.
    /// </summary>
    internal sealed class FakeMfrc522 : ISpiBus
    {
        private readonly byte[] _registers = new byte[64];
        private readonly Queue<byte> _fifo = new Queue<byte>();

        public FakeMfrc522()
        {
            _registers[Mfrc522Registers.VersionReg] = 0x92;
        }

        /// <summary>The cards now in the field.</summary>
        public List<FakeCard> Field { get; } = new List<FakeCard>();

        /// <summary>With no chip on the bus MISO floats high.</summary>
        public bool Absent { get; set; }

        public int Register(int register) => _registers[register];

        public void TransferFullDuplex(byte[] write, byte[] read)
        {
            if (Absent)
            {
                for (int i = 0; i < read.Length; i++)
                {
                    read[i] = 0xFF;
                }

                return;
            }

            int first = (write[0] >> 1) & 0x3F;
            if ((write[0] & 0x80) != 0)
            {
                for (int i = 0; i + 1 < write.Length; i++)
                {
                    read[i + 1] = ReadRegister((write[i] >> 1) & 0x3F);
                }

                return;
            }

            for (int i = 1; i < write.Length; i++)
            {
                WriteRegister(first, write[i]);
            }
        }

        private byte ReadRegister(int register)
        {
            switch (register)
            {
                case Mfrc522Registers.FifoDataReg:
                    return _fifo.Count > 0 ? _fifo.Dequeue() : (byte)0;
                case Mfrc522Registers.FifoLevelReg:
                    return (byte)_fifo.Count;
                default:
                    return _registers[register];
            }
        }

        private void WriteRegister(int register, byte value)
        {
            switch (register)
            {
                case Mfrc522Registers.FifoDataReg:
                    _fifo.Enqueue(value);
                    return;
                case Mfrc522Registers.FifoLevelReg:
                    if ((value & Mfrc522Registers.FlushBuffer) != 0)
                    {
                        _fifo.Clear();
                    }

                    return;
                case Mfrc522Registers.ComIrqReg:
                    // Set1 (bit 7) clear: the bits written as 1 are cleared.
                    _registers[register] = (byte)((value & 0x80) != 0 ? _registers[register] | (value & 0x7F) : _registers[register] & ~value);
                    return;
                case Mfrc522Registers.CommandReg:
                    if ((value & 0x0F) == Mfrc522Registers.SoftReset)
                    {
                        SoftReset();
                        return;
                    }

                    _registers[register] = value;
                    return;
                default:
                    _registers[register] = value;
                    if (register == Mfrc522Registers.BitFramingReg && (value & Mfrc522Registers.StartSend) != 0
                        && (_registers[Mfrc522Registers.CommandReg] & 0x0F) == Mfrc522Registers.Transceive)
                    {
                        Transceive(value & 0x07);
                    }

                    return;
            }
        }

        private void SoftReset()
        {
            byte version = _registers[Mfrc522Registers.VersionReg];
            System.Array.Clear(_registers, 0, _registers.Length);
            _registers[Mfrc522Registers.VersionReg] = version;
            _registers[Mfrc522Registers.CollReg] = Mfrc522Registers.ValuesAfterColl;
            _fifo.Clear();
        }

        private bool AntennaOn => (_registers[Mfrc522Registers.TxControlReg] & 0x03) == 0x03;

        private void Transceive(int lastBits)
        {
            byte[] sent = _fifo.ToArray();
            _fifo.Clear();
            _registers[Mfrc522Registers.ErrorReg] = 0;
            _registers[Mfrc522Registers.ControlReg] = 0;

            List<byte[]> answers = AntennaOn
                ? Field.Select(card => card.Answer(sent, lastBits)).Where(answer => answer != null).ToList()
                : new List<byte[]>();
            if (answers.Count == 0)
            {
                _registers[Mfrc522Registers.ComIrqReg] |= Mfrc522Registers.TimerIrq;
                return;
            }

            if (answers.Any(answer => !answer.SequenceEqual(answers[0])))
            {
                _registers[Mfrc522Registers.ErrorReg] = Mfrc522Registers.CollErr;
            }

            foreach (byte b in answers[0])
            {
                _fifo.Enqueue(b);
            }

            _registers[Mfrc522Registers.ComIrqReg] |= Mfrc522Registers.RxIrq | Mfrc522Registers.IdleIrq;
        }
    }

    /// <summary>A type A card: answers WUPA/REQA, anticollision and SELECT per cascade level, and HLTA.</summary>
    internal sealed class FakeCard
    {
        private readonly byte[] _uid;
        private bool _halted;

        public FakeCard(params byte[] uid)
        {
            _uid = uid;
        }

        public int Selects { get; private set; }

        /// <summary>The card leaves the field and comes back: it forgets being halted.</summary>
        public void Reenter() => _halted = false;

        public byte[] Answer(byte[] frame, int lastBits)
        {
            if (frame.Length == 1 && lastBits == 7)
            {
                bool wakes = frame[0] == Iso14443a.Wupa || (frame[0] == 0x26 && !_halted);
                if (!wakes)
                {
                    return null;
                }

                _halted = false;
                return new byte[] { (byte)(_uid.Length == 4 ? 0x04 : _uid.Length == 7 ? 0x44 : 0x84), 0x00 };
            }

            if (_halted)
            {
                return null;
            }

            if (frame.Length == 4 && frame[0] == Iso14443a.Halt && Iso14443a.Crc(frame, 4) == 0)
            {
                _halted = true;
                return null;
            }

            int level = System.Array.IndexOf(Iso14443a.SelectCodes, frame.Length > 0 ? frame[0] : (byte)0);
            if (level < 0 || level >= Levels)
            {
                return null;
            }

            byte[] part = LevelBytes(level);
            if (frame.Length == 2 && frame[1] == Iso14443a.AnticollisionNvb)
            {
                return part.Concat(new[] { (byte)(part[0] ^ part[1] ^ part[2] ^ part[3]) }).ToArray();
            }

            if (frame.Length == 9 && frame[1] == Iso14443a.SelectNvb && Iso14443a.Crc(frame, 9) == 0 && frame.Skip(2).Take(4).SequenceEqual(part))
            {
                Selects++;
                byte[] sak = new byte[3];
                sak[0] = (byte)(level < Levels - 1 ? Iso14443a.SakCascade : 0x08);
                Iso14443a.AppendCrc(sak, 1);
                return sak;
            }

            return null;
        }

        private int Levels => _uid.Length == 4 ? 1 : _uid.Length == 7 ? 2 : 3;

        /// <summary>The four UID bytes of a cascade level; a level followed by another starts with the cascade tag.</summary>
        private byte[] LevelBytes(int level)
        {
            if (Levels == 1)
            {
                return _uid;
            }

            int start = level * 3;
            return level < Levels - 1
                ? new[] { Iso14443a.CascadeTag }.Concat(_uid.Skip(start).Take(3)).ToArray()
                : _uid.Skip(start).Take(4).ToArray();
        }
    }
}
