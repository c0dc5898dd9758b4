using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Spi;
using nanoFramework.Hardware.Esp32;
using NanoEvse.Drivers.Atm90e32;
using NanoEvse.Drivers.Bus;
using NanoEvse.Drivers.ConnectorLock;
using NanoEvse.Drivers.Contactor;
using NanoEvse.Drivers.ControlPilot;
using NanoEvse.Drivers.Mfrc522;
using NanoEvse.Drivers.ProximityPilot;
using NanoEvse.Drivers.ResidualCurrent;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Esp32.Board
{
    /// <summary>
    /// The reference board's hardware (pins in <see cref="BoardPins"/>): opens every pin and bus, builds the
    /// portable drivers on them and hands them to the core as <see cref="Hardware"/>. The safety inputs (pilot,
    /// proximity, residual current, lock pulses) are sampled by <see cref="SampleSafetyInputs"/>, the card reader on
    /// the meter's SPI bus by <see cref="PollPeripherals"/>. The residual-current trip input also latches from its
    /// pin interrupt.
    /// </summary>
    public sealed class ReferenceBoard : IChargerBoard
    {
        private readonly IPolledDriver[] _safetyInputs;
        private readonly IPolledDriver[] _peripherals;
        private readonly ResidualCurrentDriver[] _residualCurrent;

        // Held so the pin is never released (a collected GpioPin is closed by its finalizer).
        private readonly GpioOutput _readerReset;

        public ReferenceBoard(IClock clock, Atm90e32Settings meterSettings)
        {
            GpioController gpio = new GpioController();
            AdcController adc = new AdcController();

            PilotDriver pilot = new PilotDriver(
                new PwmOutput(BoardPins.PilotPwm, BoardPins.PilotPwmFunction, BoardPins.PilotPwmHz, PilotDuty.NoOffer, BoardPins.PilotPwmInverted),
                new AdcInput(adc, BoardPins.PilotAdcChannel, BoardPins.AdcFullScaleMv),
                new PilotCalibration(BoardPins.PilotAdcMvAtPlus12V, BoardPins.PilotAdcMvAtMinus12V));
            PlugSensorDriver plug = new PlugSensorDriver(
                new AdcInput(adc, BoardPins.ProximityAdcChannel, BoardPins.AdcFullScaleMv), BoardPins.ProximitySupplyMv, BoardPins.ProximityPullUpOhms);
            ContactorDriver contactor = new ContactorDriver(
                new GpioOutput(gpio, BoardPins.ContactorCoil, false),
                new GpioInput(gpio, BoardPins.ContactorMirror, PinMode.Input, true));
            ResidualCurrentDriver residualCurrent = new ResidualCurrentDriver(
                new GpioInput(gpio, BoardPins.RcmTrip, PinMode.Input, true),
                new GpioOutput(gpio, BoardPins.RcmTest, false),
                clock, BoardPins.RcmTestPulseMs, BoardPins.RcmSettleMs);
            ConnectorLockDriver connectorLock = new ConnectorLockDriver(
                new GpioOutput(gpio, BoardPins.LockDrive, false),
                new GpioOutput(gpio, BoardPins.UnlockDrive, false),
                new GpioInput(gpio, BoardPins.LockSwitch, PinMode.InputPullUp, true),
                clock, BoardPins.LockPulseMs);

            Configuration.SetPinFunction(BoardPins.SpiMosi, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(BoardPins.SpiMiso, DeviceFunction.SPI1_MISO);
            Configuration.SetPinFunction(BoardPins.SpiClock, DeviceFunction.SPI1_CLOCK);
            Atm90e32Meter meter = new Atm90e32Meter(
                new SpiBus(BoardPins.SpiBusId, BoardPins.MeterChipSelect, BoardPins.MeterSpiHz, SpiMode.Mode3), meterSettings);

            // The reader's NRSTPD pin held high keeps it out of hard power-down.
            _readerReset = new GpioOutput(gpio, BoardPins.ReaderReset, false);
            _readerReset.Write(true);
            Mfrc522Reader reader = new Mfrc522Reader(
                new SpiBus(BoardPins.SpiBusId, BoardPins.ReaderChipSelect, BoardPins.ReaderSpiHz, SpiMode.Mode0), clock);

            ConnectorHardware connector = new ConnectorHardware();
            connector.Pilot = pilot;
            connector.Plug = plug;
            connector.Contactor = contactor;
            connector.ResidualCurrent = residualCurrent;
            connector.Lock = connectorLock;
            connector.Meter = meter;
            connector.MaxAmps = BoardPins.ConnectorMaxAmps;

            Meter = meter;
            Hardware = new ChargerHardware(new ConnectorHardware[] { connector }, reader);
            _safetyInputs = new IPolledDriver[] { pilot, plug, residualCurrent, connectorLock };
            _peripherals = new IPolledDriver[] { reader };
            _residualCurrent = new ResidualCurrentDriver[] { residualCurrent };
        }

        public ChargerHardware Hardware { get; private set; }

        /// <summary>
        /// The reference board's meter set-up before calibration: 3200 imp/kWh, 50 Hz three-phase four-wire, PGA 2x on
        /// every current channel, and nominal gains for its 230 V dividers and 100 A / 50 mA transformers. Each board
        /// must be calibrated against a reference meter and its own gains used instead.
        /// </summary>
        public static Atm90e32Settings NominalMeterSettings()
        {
            Atm90e32Settings settings = new Atm90e32Settings();
            settings.MeterConstant = 3200;
            settings.MMode0 = 0x0185;
            settings.MMode1 = 0x0015;
            settings.UgainA = 7305;
            settings.UgainB = 7305;
            settings.UgainC = 7305;
            settings.IgainA = 27961;
            settings.IgainB = 27961;
            settings.IgainC = 27961;
            return settings;
        }

        /// <summary>The connector's meter, for restoring its totals after a restart.</summary>
        public Atm90e32Meter Meter { get; private set; }

        /// <summary>Pilot, proximity, residual current and lock pulses: cheap, for the 20 ms safety thread.</summary>
        public void SampleSafetyInputs()
        {
            PollAll(_safetyInputs);
        }

        /// <summary>The card reader, which shares SPI1 with the meter: main loop only.</summary>
        public void PollPeripherals()
        {
            PollAll(_peripherals);
        }

        public void SetTripListener(int connectorIndex, ITripListener listener)
        {
            _residualCurrent[connectorIndex].SetTripListener(listener);
        }

        private static void PollAll(IPolledDriver[] drivers)
        {
            for (int i = 0; i < drivers.Length; i++)
            {
                drivers[i].Poll();
            }
        }
    }
}
