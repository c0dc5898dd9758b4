namespace NanoEvse.Drivers.Mfrc522
{
    /// <summary>Registers, commands and flags of the NXP MFRC522 (datasheet section 9) that the reader uses.</summary>
    public static class Mfrc522Registers
    {
        public const int CommandReg = 0x01;
        public const int ComIrqReg = 0x04;
        public const int ErrorReg = 0x06;
        public const int FifoDataReg = 0x09;
        public const int FifoLevelReg = 0x0A;
        public const int ControlReg = 0x0C;
        public const int BitFramingReg = 0x0D;
        public const int CollReg = 0x0E;
        public const int ModeReg = 0x11;
        public const int TxControlReg = 0x14;
        public const int TxAskReg = 0x15;
        public const int TModeReg = 0x2A;
        public const int TPrescalerReg = 0x2B;
        public const int TReloadRegH = 0x2C;
        public const int TReloadRegL = 0x2D;
        public const int VersionReg = 0x37;

        // CommandReg
        public const int Idle = 0x00;
        public const int Transceive = 0x0C;
        public const int SoftReset = 0x0F;
        public const int PowerDown = 0x10;

        // ComIrqReg
        public const int RxIrq = 0x20;
        public const int IdleIrq = 0x10;
        public const int TimerIrq = 0x01;

        // ErrorReg
        public const int BufferOvfl = 0x10;
        public const int CollErr = 0x08;
        public const int ParityErr = 0x02;
        public const int ProtocolErr = 0x01;

        /// <summary>FIFOLevelReg: write to empty the FIFO.</summary>
        public const int FlushBuffer = 0x80;

        /// <summary>BitFramingReg: starts the transmission of a Transceive.</summary>
        public const int StartSend = 0x80;

        /// <summary>CollReg: when set, bits received after a collision are cleared.</summary>
        public const int ValuesAfterColl = 0x80;
    }
}
