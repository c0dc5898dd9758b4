using System.Collections.Generic;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Tests.Drivers
{
    /// <summary>
    /// An ATM90E32AS at the register level, as its datasheet describes the SPI frame: a 16-bit address word (bit 15
    /// set for a read) and a 16-bit value. Configuration registers take writes only while CfgRegAccEn holds 0x55AA;
    /// energy registers are read-only and clear when read; a power glitch loses the configuration and the counts.
    /// </summary>
    internal sealed class FakeAtm90e32 : ISpiBus
    {
        private static readonly HashSet<int> EnergyRegisters = new HashSet<int> { 0x80, 0x84, 0x88, 0x8C };

        private readonly Dictionary<int, int> _registers = new Dictionary<int, int>();

        /// <summary>With no chip on the bus MISO floats high.</summary>
        public bool Absent { get; set; }

        public int Frames { get; private set; }

        public int this[int register]
        {
            get => _registers.TryGetValue(register, out int value) ? value : 0;
            set => _registers[register] = value & 0xFFFF;
        }

        /// <summary>Energy the chip counted since the last read, in register counts.</summary>
        public void Count(int register, int counts) => this[register] = this[register] + counts;

        /// <summary>Sets a 32-bit mean power from its raw value (signed, 0.00032 W per count).</summary>
        public void SetPower(int highRegister, int lowRegister, int raw)
        {
            this[highRegister] = (raw >> 16) & 0xFFFF;
            this[lowRegister] = raw & 0xFFFF;
        }

        public void PowerGlitch() => _registers.Clear();

        public void TransferFullDuplex(byte[] write, byte[] read)
        {
            Frames++;
            if (Absent)
            {
                for (int i = 0; i < read.Length; i++)
                {
                    read[i] = 0xFF;
                }

                return;
            }

            int address = ((write[0] & 0x03) << 8) | write[1];
            bool isRead = (write[0] & 0x80) != 0;
            int value;
            if (isRead)
            {
                value = this[address];
                if (EnergyRegisters.Contains(address))
                {
                    this[address] = 0;
                }
            }
            else
            {
                value = (write[2] << 8) | write[3];
                bool configOpen = this[0x7F] == 0x55AA;
                if (address == 0x7F || (configOpen && !EnergyRegisters.Contains(address) && address < 0x80))
                {
                    this[address] = value;
                }
            }

            read[0] = 0;
            read[1] = 0;
            read[2] = (byte)(value >> 8);
            read[3] = (byte)value;
        }
    }
}
