using NanoEvse.Drivers.Atm90e32;
using NanoEvse.Hal.Evse;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class Atm90e32MeterTests
    {
        private readonly FakeAtm90e32 _chip = new FakeAtm90e32();
        private readonly Atm90e32Settings _settings = new Atm90e32Settings
        {
            MeterConstant = 3200,
            MMode0 = 0x0185,
            MMode1 = 0x0015,
            UgainA = 7305,
            UgainB = 7306,
            UgainC = 7307,
            IgainA = 27961,
            IgainB = 27962,
            IgainC = 27963,
        };

        private readonly MeterReading _reading = new MeterReading();

        private Atm90e32Meter Meter() => new Atm90e32Meter(_chip, _settings);

        [Fact]
        public void The_first_read_configures_the_chip_and_locks_its_configuration()
        {
            Assert.True(Meter().Read(_reading));

            Assert.Equal(1, _chip[Atm90e32Registers.MeterEn]);
            Assert.Equal(0x0861, _chip[Atm90e32Registers.PlConstH]);
            Assert.Equal(0xC468, _chip[Atm90e32Registers.PlConstL]);
            Assert.Equal(0x0185, _chip[Atm90e32Registers.MMode0]);
            Assert.Equal(0x0015, _chip[Atm90e32Registers.MMode1]);
            Assert.Equal(7305, _chip[Atm90e32Registers.UgainA]);
            Assert.Equal(27963, _chip[Atm90e32Registers.IgainC]);
            Assert.Equal(0xAA55, _chip[Atm90e32Registers.CfgRegAccEn]);
        }

        [Fact]
        public void Rms_values_frequency_temperature_power_and_power_factor_are_scaled_from_the_datasheet_units()
        {
            Atm90e32Meter meter = Meter();
            meter.Read(_reading);
            _chip[Atm90e32Registers.UrmsA] = 23012;
            _chip[Atm90e32Registers.UrmsA + 1] = 22987;
            _chip[Atm90e32Registers.UrmsA + 2] = 23150;
            _chip[Atm90e32Registers.IrmsA] = 16042;
            _chip[Atm90e32Registers.IrmsA + 1] = 15985;
            _chip[Atm90e32Registers.IrmsA + 2] = 99;
            _chip[Atm90e32Registers.Freq] = 4998;
            _chip[Atm90e32Registers.Temp] = 0x10000 - 5;
            _chip[Atm90e32Registers.PFmeanT] = 987;
            _chip.SetPower(Atm90e32Registers.PmeanT, Atm90e32Registers.PmeanTLsb, 34375000);
            _chip.SetPower(Atm90e32Registers.QmeanT, Atm90e32Registers.QmeanTLsb, -1562500);

            Assert.True(meter.Read(_reading));

            Assert.Equal(new[] { 2301, 2298, 2315 }, _reading.VoltageDeciV);
            Assert.Equal(new[] { 160, 159, 0 }, _reading.CurrentDeciA);
            Assert.Equal(4998, _reading.FrequencyCentiHz);
            Assert.Equal(-50, _reading.TemperatureDeciC);
            Assert.Equal(987, _reading.PowerFactorMilli);
            Assert.Equal(11000, _reading.PowerW);
            Assert.Equal(-500, _reading.ReactivePowerVar);
        }

        [Fact]
        public void Energy_read_from_the_clear_on_read_registers_accumulates_into_watt_hours()
        {
            Atm90e32Meter meter = Meter();
            meter.Read(_reading);

            // 320 counts are 1 Wh at 3200 imp/kWh.
            _chip.Count(Atm90e32Registers.APenergyT, 60000);
            meter.Read(_reading);
            _chip.Count(Atm90e32Registers.APenergyT, 60000);
            _chip.Count(Atm90e32Registers.ANenergyT, 640);
            _chip.Count(Atm90e32Registers.RPenergyT, 3200);
            _chip.Count(Atm90e32Registers.RNenergyT, 319);
            meter.Read(_reading);

            Assert.Equal(375, _reading.EnergyImportWh);
            Assert.Equal(2, _reading.EnergyExportWh);
            Assert.Equal(10, _reading.ReactiveImportVarh);
            Assert.Equal(0, _reading.ReactiveExportVarh);
            Assert.Equal(0, _chip[Atm90e32Registers.APenergyT]);
        }

        [Fact]
        public void Fractions_of_a_watt_hour_are_kept_between_reads()
        {
            Atm90e32Meter meter = Meter();
            meter.Read(_reading);
            for (int i = 0; i < 10; i++)
            {
                _chip.Count(Atm90e32Registers.APenergyT, 160);
                meter.Read(_reading);
            }

            Assert.Equal(5, _reading.EnergyImportWh);
        }

        [Fact]
        public void A_power_glitch_of_the_chip_is_reconfigured_and_the_total_carries_on()
        {
            Atm90e32Meter meter = Meter();
            meter.Read(_reading);
            _chip.Count(Atm90e32Registers.APenergyT, 32000);
            meter.Read(_reading);
            Assert.Equal(100, _reading.EnergyImportWh);

            _chip.PowerGlitch();
            _chip.Count(Atm90e32Registers.APenergyT, 999);
            Assert.True(meter.Read(_reading));
            Assert.Equal(1, _chip[Atm90e32Registers.MeterEn]);
            Assert.Equal(100, _reading.EnergyImportWh);

            _chip.Count(Atm90e32Registers.APenergyT, 3200);
            meter.Read(_reading);
            Assert.Equal(110, _reading.EnergyImportWh);
        }

        [Fact]
        public void What_the_chip_counted_before_it_was_configured_is_not_charged()
        {
            _chip.Count(Atm90e32Registers.APenergyT, 32000);

            Meter().Read(_reading);

            Assert.Equal(0, _reading.EnergyImportWh);
        }

        [Fact]
        public void A_missing_chip_cannot_be_read()
        {
            _chip.Absent = true;

            Assert.False(Meter().Read(_reading));
        }
    }
}
