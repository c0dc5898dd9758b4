namespace NanoEvse.Drivers.Atm90e32
{
    /// <summary>Register addresses of the Microchip ATM90E32AS (datasheet register map) that the driver uses.</summary>
    public static class Atm90e32Registers
    {
        public const int MeterEn = 0x00;
        public const int PlConstH = 0x31;
        public const int PlConstL = 0x32;
        public const int MMode0 = 0x33;
        public const int MMode1 = 0x34;
        public const int UgainA = 0x61;
        public const int IgainA = 0x62;
        public const int UgainB = 0x65;
        public const int IgainB = 0x66;
        public const int UgainC = 0x69;
        public const int IgainC = 0x6A;
        public const int CfgRegAccEn = 0x7F;

        // Energy, 0.01 CF per LSB, cleared when read.
        public const int APenergyT = 0x80;
        public const int ANenergyT = 0x84;
        public const int RPenergyT = 0x88;
        public const int RNenergyT = 0x8C;

        // Mean powers: a signed high word and its low word; together 0.00032 W (var) per LSB.
        public const int PmeanT = 0xB0;
        public const int QmeanT = 0xB4;
        public const int PFmeanT = 0xBC;
        public const int PmeanTLsb = 0xC0;
        public const int QmeanTLsb = 0xC4;

        // RMS values: 0.01 V and 0.001 A per LSB, phases A, B, C at consecutive addresses.
        public const int UrmsA = 0xD9;
        public const int IrmsA = 0xDD;

        /// <summary>0.01 Hz per LSB.</summary>
        public const int Freq = 0xF8;

        /// <summary>Die temperature, signed, 1 degree C per LSB.</summary>
        public const int Temp = 0xFC;

        /// <summary>Written to CfgRegAccEn to open, and to close, the configuration registers.</summary>
        public const int ConfigOpen = 0x55AA;
        public const int ConfigClosed = 0xAA55;
    }
}
