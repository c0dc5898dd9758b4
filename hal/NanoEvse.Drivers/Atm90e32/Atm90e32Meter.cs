using NanoEvse.Drivers.Bus;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.Atm90e32
{
    /// <summary>
    /// The connector's energy meter on a Microchip ATM90E32AS (three-phase metering IC) over SPI.
    /// The chip's energy registers count 0.01 CF each and are cleared when read, so every read adds them into
    /// 64-bit totals here; a count is 10 / MC Wh. A 16-bit register holds 65,535 counts (about 205 Wh at
    /// 3200 imp/kWh, half a minute at 22 kW), so the meter must be read at least that often.
    /// The chip loses its configuration on a power glitch: MeterEn then reads 0, and the driver configures it again
    /// without touching the totals.
    /// </summary>
    public sealed class Atm90e32Meter : IEnergyMeter
    {
        private readonly Atm90e32Bus _bus;
        private readonly Atm90e32Settings _settings;
        private bool _configured;
        private long _importCounts;
        private long _exportCounts;
        private long _reactiveImportCounts;
        private long _reactiveExportCounts;

        public Atm90e32Meter(ISpiBus spi, Atm90e32Settings settings)
        {
            _bus = new Atm90e32Bus(spi);
            _settings = settings;
        }

        public bool Read(MeterReading reading)
        {
            if (!_configured || _bus.Read(Atm90e32Registers.MeterEn) != 1)
            {
                _configured = Configure();
                if (!_configured)
                {
                    return false;
                }
            }

            _importCounts += _bus.Read(Atm90e32Registers.APenergyT);
            _exportCounts += _bus.Read(Atm90e32Registers.ANenergyT);
            _reactiveImportCounts += _bus.Read(Atm90e32Registers.RPenergyT);
            _reactiveExportCounts += _bus.Read(Atm90e32Registers.RNenergyT);
            reading.EnergyImportWh = WattHours(_importCounts);
            reading.EnergyExportWh = WattHours(_exportCounts);
            reading.ReactiveImportVarh = WattHours(_reactiveImportCounts);
            reading.ReactiveExportVarh = WattHours(_reactiveExportCounts);

            reading.PowerW = MeanPower(Atm90e32Registers.PmeanT, Atm90e32Registers.PmeanTLsb);
            reading.ReactivePowerVar = MeanPower(Atm90e32Registers.QmeanT, Atm90e32Registers.QmeanTLsb);
            reading.PowerFactorMilli = Signed(_bus.Read(Atm90e32Registers.PFmeanT));
            for (int phase = 0; phase < MeterReading.Phases; phase++)
            {
                reading.VoltageDeciV[phase] = _bus.Read(Atm90e32Registers.UrmsA + phase) / 10;
                reading.CurrentDeciA[phase] = _bus.Read(Atm90e32Registers.IrmsA + phase) / 100;
            }

            reading.FrequencyCentiHz = _bus.Read(Atm90e32Registers.Freq);
            reading.TemperatureDeciC = Signed(_bus.Read(Atm90e32Registers.Temp)) * 10;
            return true;
        }

        /// <summary>Writes the board's configuration, then empties the energy registers of what was counted before it.</summary>
        private bool Configure()
        {
            _bus.Write(Atm90e32Registers.CfgRegAccEn, Atm90e32Registers.ConfigOpen);
            _bus.Write(Atm90e32Registers.MeterEn, 1);
            long pl = _settings.PlConstant;
            _bus.Write(Atm90e32Registers.PlConstH, (int)(pl >> 16) & 0xFFFF);
            _bus.Write(Atm90e32Registers.PlConstL, (int)pl & 0xFFFF);
            _bus.Write(Atm90e32Registers.MMode0, _settings.MMode0);
            _bus.Write(Atm90e32Registers.MMode1, _settings.MMode1);
            _bus.Write(Atm90e32Registers.UgainA, _settings.UgainA);
            _bus.Write(Atm90e32Registers.IgainA, _settings.IgainA);
            _bus.Write(Atm90e32Registers.UgainB, _settings.UgainB);
            _bus.Write(Atm90e32Registers.IgainB, _settings.IgainB);
            _bus.Write(Atm90e32Registers.UgainC, _settings.UgainC);
            _bus.Write(Atm90e32Registers.IgainC, _settings.IgainC);
            _bus.Write(Atm90e32Registers.CfgRegAccEn, Atm90e32Registers.ConfigClosed);

            // A chip that is absent reads all ones or all zeros, never the MeterEn just written.
            if (_bus.Read(Atm90e32Registers.MeterEn) != 1)
            {
                return false;
            }

            _bus.Read(Atm90e32Registers.APenergyT);
            _bus.Read(Atm90e32Registers.ANenergyT);
            _bus.Read(Atm90e32Registers.RPenergyT);
            _bus.Read(Atm90e32Registers.RNenergyT);
            return true;
        }

        private int MeanPower(int highRegister, int lowRegister)
        {
            long raw = ((long)Signed(_bus.Read(highRegister)) << 16) | (long)_bus.Read(lowRegister);
            return (int)(raw * 32 / 100000);
        }

        private long WattHours(long counts)
        {
            return counts * 10 / _settings.MeterConstant;
        }

        private static int Signed(int word)
        {
            return word >= 0x8000 ? word - 0x10000 : word;
        }
    }
}
