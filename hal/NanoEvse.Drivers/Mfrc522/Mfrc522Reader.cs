using NanoEvse.Drivers.Bus;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.Mfrc522
{
    /// <summary>
    /// The card reader on an NXP MFRC522. Every <see cref="PollIntervalMs"/> it wakes any card in the field (WUPA,
    /// so a halted card answers too), runs anticollision and SELECT through the cascade levels to get the full UID
    /// (4, 7 or 10 bytes), and halts the card. A card that stays on the reader is seen at every poll; it becomes a
    /// tag only when it was not seen for <see cref="CooldownMs"/>, so one card presented is one tag. Two cards in
    /// the field at once collide and give no tag until one is taken away.
    /// </summary>
    public sealed class Mfrc522Reader : IRfidReader, IPolledDriver
    {
        public const int PollIntervalMs = 250;
        public const int CooldownMs = 2000;

        private const string HexDigits = "0123456789ABCDEF";

        private readonly Mfrc522Chip _chip;
        private readonly IClock _clock;
        private readonly byte[] _frame = new byte[9];
        private readonly byte[] _answer = new byte[8];
        private readonly byte[] _uid = new byte[10];
        private bool _resetSent;
        private bool _ready;
        private long _nextPollMs;
        private string _lastUid;
        private long _lastSeenMs;
        private string _pending;

        public Mfrc522Reader(ISpiBus spi, IClock clock)
        {
            _chip = new Mfrc522Chip(spi);
            _clock = clock;
        }

        /// <summary>VersionReg as read at the last initialisation (0x91 / 0x92 for NXP's v1.0 / v2.0), 0 before.</summary>
        public int Version { get; private set; }

        public string TakeTag()
        {
            string tag = _pending;
            _pending = null;
            return tag;
        }

        public void Poll()
        {
            long now = _clock.MonotonicMs;
            if (now < _nextPollMs)
            {
                return;
            }

            _nextPollMs = now + PollIntervalMs;
            if (!_ready)
            {
                // The soft reset needs time to finish; the set-up follows one poll later instead of waiting here.
                if (!_resetSent)
                {
                    _chip.Write(Mfrc522Registers.CommandReg, Mfrc522Registers.SoftReset);
                    _resetSent = true;
                    return;
                }

                _ready = Initialise();
                if (!_ready)
                {
                    _resetSent = false;
                    return;
                }
            }

            string uid = ReadUid();
            if (uid == null)
            {
                return;
            }

            if (uid != _lastUid || now - _lastSeenMs >= CooldownMs)
            {
                _pending = uid;
            }

            _lastUid = uid;
            _lastSeenMs = now;
        }

        /// <summary>Sets the reset chip up for ISO 14443 A at 106 kbit/s; false when no chip answers or it is still resetting.</summary>
        private bool Initialise()
        {
            if ((_chip.Read(Mfrc522Registers.CommandReg) & Mfrc522Registers.PowerDown) != 0)
            {
                return false;
            }

            Version = _chip.Read(Mfrc522Registers.VersionReg);
            if (Version == 0x00 || Version == 0xFF)
            {
                return false;
            }

            // Timer starts when a frame has been sent; 40 kHz ticks (prescaler 169), reload 400: 10 ms with no answer ends a Transceive.
            _chip.Write(Mfrc522Registers.TModeReg, 0x80);
            _chip.Write(Mfrc522Registers.TPrescalerReg, 0xA9);
            _chip.Write(Mfrc522Registers.TReloadRegH, 0x01);
            _chip.Write(Mfrc522Registers.TReloadRegL, 0x90);

            // 100 % ASK modulation and CRC preset 0x6363, as ISO 14443 A requires; then the antenna drivers on.
            _chip.Write(Mfrc522Registers.TxAskReg, 0x40);
            _chip.Write(Mfrc522Registers.ModeReg, 0x3D);
            _chip.SetBits(Mfrc522Registers.TxControlReg, 0x03);
            return true;
        }

        /// <summary>The UID of the one card in the field as upper-case hex, or null.</summary>
        private string ReadUid()
        {
            _frame[0] = Iso14443a.Wupa;
            if (_chip.Transceive(_frame, 1, 7, _answer) != 2)
            {
                return null;
            }

            int uidLength = 0;
            for (int level = 0; level < Iso14443a.SelectCodes.Length; level++)
            {
                byte sel = Iso14443a.SelectCodes[level];
                _chip.ClearBits(Mfrc522Registers.CollReg, Mfrc522Registers.ValuesAfterColl);
                _frame[0] = sel;
                _frame[1] = Iso14443a.AnticollisionNvb;
                if (_chip.Transceive(_frame, 2, 0, _answer) != 5 || (_answer[0] ^ _answer[1] ^ _answer[2] ^ _answer[3]) != _answer[4])
                {
                    return null;
                }

                _frame[1] = Iso14443a.SelectNvb;
                for (int i = 0; i < 5; i++)
                {
                    _frame[2 + i] = _answer[i];
                }

                Iso14443a.AppendCrc(_frame, 7);
                if (_chip.Transceive(_frame, 9, 0, _answer) != 3 || Iso14443a.Crc(_answer, 3) != 0)
                {
                    return null;
                }

                bool more = (_answer[0] & Iso14443a.SakCascade) != 0;
                if (more && _frame[2] != Iso14443a.CascadeTag)
                {
                    return null;
                }

                int first = more ? 1 : 0;
                for (int i = first; i < 4; i++)
                {
                    _uid[uidLength++] = _frame[2 + i];
                }

                if (!more)
                {
                    Halt();
                    return Hex(_uid, uidLength);
                }
            }

            return null;
        }

        /// <summary>HLTA; a halted card does not answer, so the Transceive just runs into the timer.</summary>
        private void Halt()
        {
            _frame[0] = Iso14443a.Halt;
            _frame[1] = 0;
            Iso14443a.AppendCrc(_frame, 2);
            _chip.Transceive(_frame, 4, 0, _answer);
        }

        private static string Hex(byte[] bytes, int length)
        {
            char[] chars = new char[length * 2];
            for (int i = 0; i < length; i++)
            {
                chars[2 * i] = HexDigits[bytes[i] >> 4];
                chars[2 * i + 1] = HexDigits[bytes[i] & 0x0F];
            }

            return new string(chars);
        }
    }
}
