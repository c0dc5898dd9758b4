using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal.Evse;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// Writes a meterValue element, mapping each configured measurand onto the meter reading with its OCPP
    /// unit, phase and location. Registers are the meter's raw, monotonic registers (never rebased per
    /// transaction). Per-phase measurands give one sampledValue per phase.
    /// </summary>
    public static class SampledValueWriter
    {
        private const string Outlet = "Outlet";

        /// <summary>The meter sits inside the charger and measures its own die, so its temperature is the body's.</summary>
        private const string Body = "Body";

        /// <summary>The spelling valid in both the MeterValues and the StopTransaction schemas of OCPP 1.6 (errata 2025-04 keeps it).</summary>
        private const string Celsius = "Celcius";

        private static readonly string[] PhaseNames = new string[] { "L1", "L2", "L3" };
        private static readonly string[] PhaseToNeutralNames = new string[] { "L1-N", "L2-N", "L3-N" };

        /// <summary>{"timestamp":…,"sampledValue":[…]} for <paramref name="measurands"/>.</summary>
        public static void WriteMeterValue(JsonWriter writer, MeterSample sample, string[] measurands)
        {
            writer.BeginObject();
            writer.TimestampProperty("timestamp", sample.TimestampUtc);
            writer.Name("sampledValue");
            writer.BeginArray();
            for (int i = 0; i < measurands.Length; i++)
            {
                WriteMeasurand(writer, sample, measurands[i]);
            }

            writer.EndArray();
            writer.EndObject();
        }

        /// <summary>The sampledValues of one measurand; nothing for one the meter cannot give (SoC, RPM).</summary>
        public static void WriteMeasurand(JsonWriter writer, MeterSample sample, string measurand)
        {
            MeterReading r = sample.Reading;
            bool exporting = r.PowerW < 0;
            if (measurand == Measurands.EnergyActiveImportRegister)
            {
                Value(writer, sample, measurand, null, r.EnergyImportWh, 0, Outlet, "Wh");
            }
            else if (measurand == Measurands.EnergyActiveExportRegister)
            {
                Value(writer, sample, measurand, null, r.EnergyExportWh, 0, Outlet, "Wh");
            }
            else if (measurand == "Energy.Reactive.Import.Register")
            {
                Value(writer, sample, measurand, null, r.ReactiveImportVarh, 0, Outlet, "varh");
            }
            else if (measurand == "Energy.Reactive.Export.Register")
            {
                Value(writer, sample, measurand, null, r.ReactiveExportVarh, 0, Outlet, "varh");
            }
            else if (measurand == "Energy.Active.Import.Interval")
            {
                Value(writer, sample, measurand, null, sample.IntervalImportWh, 0, Outlet, "Wh");
            }
            else if (measurand == "Energy.Active.Export.Interval")
            {
                Value(writer, sample, measurand, null, sample.IntervalExportWh, 0, Outlet, "Wh");
            }
            else if (measurand == "Energy.Reactive.Import.Interval")
            {
                Value(writer, sample, measurand, null, sample.IntervalReactiveImportVarh, 0, Outlet, "varh");
            }
            else if (measurand == "Energy.Reactive.Export.Interval")
            {
                Value(writer, sample, measurand, null, sample.IntervalReactiveExportVarh, 0, Outlet, "varh");
            }
            else if (measurand == "Power.Active.Import")
            {
                Value(writer, sample, measurand, null, exporting ? 0 : r.PowerW, 0, Outlet, "W");
            }
            else if (measurand == "Power.Active.Export")
            {
                Value(writer, sample, measurand, null, exporting ? -r.PowerW : 0, 0, Outlet, "W");
            }
            else if (measurand == "Power.Reactive.Import")
            {
                Value(writer, sample, measurand, null, r.ReactivePowerVar > 0 ? r.ReactivePowerVar : 0, 0, Outlet, "var");
            }
            else if (measurand == "Power.Reactive.Export")
            {
                Value(writer, sample, measurand, null, r.ReactivePowerVar < 0 ? -r.ReactivePowerVar : 0, 0, Outlet, "var");
            }
            else if (measurand == "Power.Factor")
            {
                Value(writer, sample, measurand, null, r.PowerFactorMilli, 3, Outlet, null);
            }
            else if (measurand == "Power.Offered")
            {
                Value(writer, sample, measurand, null, OfferedPowerW(sample), 0, Outlet, "W");
            }
            else if (measurand == "Current.Offered")
            {
                Value(writer, sample, measurand, null, sample.OfferedDeciAmps, 1, Outlet, "A");
            }
            else if (measurand == "Current.Import" || measurand == "Current.Export")
            {
                // The meter gives current magnitudes; they count as import or export by the direction of power.
                bool wanted = exporting == (measurand == "Current.Export");
                for (int phase = 0; phase < MeterReading.Phases; phase++)
                {
                    Value(writer, sample, measurand, PhaseNames[phase], wanted ? r.CurrentDeciA[phase] : 0, 1, Outlet, "A");
                }
            }
            else if (measurand == "Voltage")
            {
                for (int phase = 0; phase < MeterReading.Phases; phase++)
                {
                    Value(writer, sample, measurand, PhaseToNeutralNames[phase], r.VoltageDeciV[phase], 1, Outlet, "V");
                }
            }
            else if (measurand == "Frequency")
            {
                // The schema has no unit for hertz; a Frequency value is in Hz by definition.
                Value(writer, sample, measurand, null, r.FrequencyCentiHz, 2, Outlet, null);
            }
            else if (measurand == "Temperature")
            {
                Value(writer, sample, measurand, null, r.TemperatureDeciC, 1, Body, Celsius);
            }
        }

        /// <summary>What the vehicle could draw at the offered current on the phases that have voltage, in W.</summary>
        private static long OfferedPowerW(MeterSample sample)
        {
            long deciVolts = 0;
            for (int phase = 0; phase < MeterReading.Phases; phase++)
            {
                deciVolts += sample.Reading.VoltageDeciV[phase];
            }

            return sample.OfferedDeciAmps * deciVolts / 100;
        }

        private static void Value(JsonWriter writer, MeterSample sample, string measurand, string phase, long scaled, int decimals, string location, string unit)
        {
            writer.BeginObject();
            writer.Property("value", DecimalText.Format(scaled, decimals));
            writer.Property("context", sample.Context);
            writer.Property("measurand", measurand);
            writer.Property("phase", phase);
            writer.Property("location", location);
            writer.Property("unit", unit);
            writer.EndObject();
        }
    }
}
