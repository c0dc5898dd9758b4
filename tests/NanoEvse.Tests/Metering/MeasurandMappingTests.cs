using System;
using System.Collections.Generic;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.Hal.Evse;
using NanoEvse.Ocpp.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>Each measurand maps onto the meter reading with the schema's unit, phase and location, as a plain decimal string.</summary>
    public class MeasurandMappingTests
    {
        private static readonly DateTime At = new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);

        private static MeterValueJson Write(MeterSample sample, params string[] measurands)
        {
            JsonWriter writer = new JsonWriter(256);
            writer.BeginArray();
            SampledValueWriter.WriteMeterValue(writer, sample, measurands);
            writer.EndArray();
            using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(writer.ToString());
            return Assert.Single(MeterValueFrames.ReadMeterValueArray(document.RootElement));
        }

        private static MeterSample Sample(Action<MeterReading> fill, int offeredDeciAmps = 160)
        {
            MeterReading start = new MeterReading { EnergyImportWh = 9_000, EnergyExportWh = 40, ReactiveImportVarh = 100, ReactiveExportVarh = 7 };
            MeterReading reading = new MeterReading
            {
                EnergyImportWh = 10_250,
                EnergyExportWh = 42,
                ReactiveImportVarh = 130,
                ReactiveExportVarh = 7,
                PowerW = 11_040,
                ReactivePowerVar = -120,
                PowerFactorMilli = 985,
                FrequencyCentiHz = 4_998,
                TemperatureDeciC = 315,
            };
            for (int phase = 0; phase < MeterReading.Phases; phase++)
            {
                reading.CurrentDeciA[phase] = 160 + phase;
                reading.VoltageDeciV[phase] = 2_300 + phase * 5;
            }

            fill?.Invoke(reading);
            MeterSample sample = new MeterSample();
            sample.Take(At, ReadingContext.SamplePeriodic, reading, offeredDeciAmps, start);
            return sample;
        }

        [Theory]
        [InlineData("Energy.Active.Import.Register", "10250", "Wh")]
        [InlineData("Energy.Active.Export.Register", "42", "Wh")]
        [InlineData("Energy.Reactive.Import.Register", "130", "varh")]
        [InlineData("Energy.Reactive.Export.Register", "7", "varh")]
        [InlineData("Energy.Active.Import.Interval", "1250", "Wh")]
        [InlineData("Energy.Active.Export.Interval", "2", "Wh")]
        [InlineData("Energy.Reactive.Import.Interval", "30", "varh")]
        [InlineData("Energy.Reactive.Export.Interval", "0", "varh")]
        [InlineData("Power.Active.Import", "11040", "W")]
        [InlineData("Power.Active.Export", "0", "W")]
        [InlineData("Power.Reactive.Import", "0", "var")]
        [InlineData("Power.Reactive.Export", "120", "var")]
        [InlineData("Power.Factor", "0.985", null)]
        [InlineData("Current.Offered", "16", "A")]
        [InlineData("Power.Offered", "11064", "W")]
        [InlineData("Frequency", "49.98", null)]
        public void Single_value_measurands_have_their_unit_at_the_outlet(string measurand, string value, string unit)
        {
            SampledValueJson sampled = Assert.Single(Write(Sample(null), measurand).SampledValues);

            Assert.Equal(new SampledValueJson(value, "Sample.Periodic", measurand, null, "Outlet", unit), sampled);
        }

        [Theory]
        [InlineData(105, "10.5", "7260")]
        [InlineData(0, "0", "0")]
        public void Offered_current_and_power_keep_the_tenth_of_an_amp_the_pilot_offers(int deciAmps, string amps, string watts)
        {
            MeterValueJson value = Write(Sample(null, deciAmps), "Current.Offered", "Power.Offered");

            Assert.Equal(amps, value.Of("Current.Offered").Value);
            Assert.Equal(watts, value.Of("Power.Offered").Value);
        }

        [Fact]
        public void Temperature_is_the_meter_chip_in_the_body_in_Celcius_as_both_schemas_spell_it()
        {
            SampledValueJson sampled = Assert.Single(Write(Sample(null), "Temperature").SampledValues);

            Assert.Equal(new SampledValueJson("31.5", "Sample.Periodic", "Temperature", null, "Body", "Celcius"), sampled);
        }

        [Fact]
        public void Current_and_voltage_give_one_value_per_phase()
        {
            MeterValueJson value = Write(Sample(null), "Current.Import", "Voltage", "Current.Export");

            Assert.Equal(9, value.SampledValues.Count);
            Assert.Equal("16", value.Of("Current.Import", "L1").Value);
            Assert.Equal("16.1", value.Of("Current.Import", "L2").Value);
            Assert.Equal("16.2", value.Of("Current.Import", "L3").Value);
            Assert.Equal("A", value.Of("Current.Import", "L1").Unit);
            Assert.Equal("230", value.Of("Voltage", "L1-N").Value);
            Assert.Equal("230.5", value.Of("Voltage", "L2-N").Value);
            Assert.Equal("231", value.Of("Voltage", "L3-N").Value);
            Assert.Equal("V", value.Of("Voltage", "L3-N").Unit);
            Assert.Equal("0", value.Of("Current.Export", "L2").Value);
        }

        [Fact]
        public void Power_flowing_back_counts_as_export()
        {
            MeterValueJson value = Write(Sample(r => r.PowerW = -3_680), "Power.Active.Import", "Power.Active.Export", "Current.Import", "Current.Export");

            Assert.Equal("0", value.Of("Power.Active.Import").Value);
            Assert.Equal("3680", value.Of("Power.Active.Export").Value);
            Assert.Equal("0", value.Of("Current.Import", "L1").Value);
            Assert.Equal("16", value.Of("Current.Export", "L1").Value);
        }

        [Fact]
        public void Measurands_the_meter_cannot_give_are_left_out()
        {
            Assert.Empty(Write(Sample(null), "SoC", "RPM").SampledValues);
        }

        [Theory]
        [InlineData(0L, 0, "0")]
        [InlineData(163L, 1, "16.3")]
        [InlineData(160L, 1, "16")]
        [InlineData(985L, 3, "0.985")]
        [InlineData(1_005L, 3, "1.005")]
        [InlineData(-5L, 1, "-0.5")]
        [InlineData(4_998L, 2, "49.98")]
        [InlineData(9_000_000_000_000L, 0, "9000000000000")]
        public void Values_are_plain_decimals_without_exponent(long scaled, int decimals, string text)
        {
            Assert.Equal(text, DecimalText.Format(scaled, decimals));
        }

        [Fact]
        public void A_charging_session_reports_what_the_simulated_EV_draws()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValuesSampledData",
                "Current.Import,Voltage,Power.Active.Import,Current.Offered,Power.Offered,Frequency,Temperature,Energy.Active.Import.Interval"));
            rig.StartCharging("TAG-M", 5);

            List<MeterValuesJson> received = rig.RunAnswering(120_500);

            Assert.Equal(2, received.Count);
            MeterValueJson value = received[1].Value;
            Assert.Equal(12, value.SampledValues.Count);
            Assert.All(value.SampledValues, v => Assert.Equal("Sample.Periodic", v.Context));
            Assert.Equal("32", value.Of("Current.Import", "L3").Value);
            Assert.Equal("230", value.Of("Voltage", "L2-N").Value);
            Assert.Equal(MeteringSteps.FullPowerW.ToString(), value.Of("Power.Active.Import").Value);
            Assert.Equal("32", value.Of("Current.Offered").Value);
            Assert.Equal(MeteringSteps.FullPowerW.ToString(), value.Of("Power.Offered").Value);
            Assert.Equal("50", value.Of("Frequency").Value);
            Assert.Equal("25", value.Of("Temperature").Value);
            long drawn = rig.ExpectedImportWh(0, value.Timestamp) - rig.ExpectedImportWh(0, received[0].Value.Timestamp);
            Assert.Equal(drawn.ToString(), value.Of("Energy.Active.Import.Interval").Value);
        }
    }
}
