namespace NanoEvse.Drivers.Atm90e32
{
    /// <summary>
    /// What the metering IC needs from the board: the meter constant and the mode and gain registers found by
    /// calibrating the board's voltage dividers and current transformers against a reference meter.
    /// </summary>
    public sealed class Atm90e32Settings
    {
        /// <summary>CF pulses per kWh; it sets the PL constant and the energy per register count.</summary>
        public int MeterConstant = 3200;

        /// <summary>Metering mode (datasheet MMode0): wiring, line frequency (bit 12 set for 60 Hz).</summary>
        public int MMode0;

        /// <summary>PGA gain of the current channels (datasheet MMode1).</summary>
        public int MMode1;

        public int UgainA;
        public int UgainB;
        public int UgainC;
        public int IgainA;
        public int IgainB;
        public int IgainC;

        /// <summary>The PL constant for <see cref="MeterConstant"/>: 450,000,000,000 / MC (0x0861C468 for 3200 imp/kWh).</summary>
        public long PlConstant
        {
            get { return 450000000000L / MeterConstant; }
        }
    }
}
