using nanoFramework.Hardware.Esp32;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>
    /// The pin map of the reference board (ESP32-WROVER, one Type 2 socket, three-phase): see README.md. GPIO 16/17
    /// belong to the PSRAM and GPIO 0, 2, 5, 12, 15 are strapping pins, so nothing that moves power uses them.
    /// </summary>
    public static class BoardPins
    {
        // Control pilot: LEDC PWM into the +/-12 V generator; the pilot comes back through a divider on ADC1.
        public const int PilotPwm = 26;
        public const DeviceFunction PilotPwmFunction = DeviceFunction.PWM1;
        public const int PilotPwmHz = 1000;
        public const bool PilotPwmInverted = false;

        /// <summary>ADC1 channel 0 is GPIO 36.</summary>
        public const int PilotAdcChannel = 0;

        // Pilot 200 kOhm to the pin, pin 38.3 kOhm to 3.3 V and 28.0 kOhm to ground (README.md): +12 V reads
        // 2187 mV and -12 V 392 mV, inside ADC1's linear 150-2450 mV. Nominal values; measure each board's own.
        public const int PilotAdcMvAtPlus12V = 2187;
        public const int PilotAdcMvAtMinus12V = 392;

        /// <summary>ADC1 channel 3 is GPIO 39. PP is pulled up to 3.3 V through 1 kOhm.</summary>
        public const int ProximityAdcChannel = 3;
        public const int ProximitySupplyMv = 3300;
        public const int ProximityPullUpOhms = 1000;

        /// <summary>Full scale of the ESP32 ADC at the firmware's 11 dB attenuation (raw 4095), nominal.</summary>
        public const int AdcFullScaleMv = 3300;

        // Contactor: coil driver transistor (active high), auxiliary contact to ground with an external pull-up.
        public const int ContactorCoil = 27;
        public const int ContactorMirror = 34;

        // Residual-current module: open-collector trip output (active low), test/re-arm input (active high).
        public const int RcmTrip = 35;
        public const int RcmTest = 33;
        public const int RcmTestPulseMs = 100;
        public const int RcmSettleMs = 500;

        // Socket lock: H-bridge inputs for each direction, lock switch to ground (internal pull-up).
        public const int LockDrive = 13;
        public const int UnlockDrive = 14;
        public const int LockSwitch = 4;
        public const int LockPulseMs = 300;

        // SPI1, shared by the metering IC and the card reader.
        public const int SpiBusId = 1;
        public const int SpiMosi = 23;
        public const int SpiMiso = 19;
        public const int SpiClock = 18;

        public const int MeterChipSelect = 5;
        public const int MeterSpiHz = 200000;

        public const int ReaderChipSelect = 21;
        public const int ReaderReset = 22;
        public const int ReaderSpiHz = 1000000;

        /// <summary>What the socket's wiring and contactor are rated for.</summary>
        public const int ConnectorMaxAmps = 32;
    }
}
