using System;
using System.IO;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// The reading part of a <see cref="JournalRecord.Reading"/>: flags (1 byte: bit 0 = time recorded before the
    /// clock was trusted), context (1 byte, index into <see cref="Contexts"/>), timestamp (ticks), the measurands the
    /// MeterValues carries (count, then one index into <see cref="Measurands.All"/> each), a mask of the reading's
    /// fields that are not zero (varint) and those fields (zigzag varints). Zero fields cost nothing, so an energy
    /// register with nothing else takes about 25 bytes.
    /// </summary>
    public static class ReadingRecord
    {
        public const int Untrusted = 1;

        // Field 15 holds the offered current's whole amps and field 20 its tenth, so a reader that knows only the
        // first 20 fields still reads whole amps (it skips the rest of the record).
        private const int FieldCount = 21;
        private static readonly string[] Contexts = new string[]
        {
            ReadingContext.SamplePeriodic, ReadingContext.SampleClock, ReadingContext.TransactionBegin, ReadingContext.TransactionEnd
        };

        public static void Write(JournalWriter writer, MeterSample sample, string[] measurands, long ticks, bool untrusted)
        {
            writer.Byte(untrusted ? Untrusted : 0);
            writer.Byte(IndexOf(Contexts, sample.Context));
            writer.Long(ticks);
            int count = measurands == null ? 0 : measurands.Length;
            writer.Byte(count);
            for (int i = 0; i < count; i++)
            {
                writer.Byte(IndexOf(Measurands.All, measurands[i]));
            }

            long[] fields = new long[FieldCount];
            Fields(sample, fields);
            long mask = 0;
            for (int i = 0; i < FieldCount; i++)
            {
                if (fields[i] != 0)
                {
                    mask |= 1L << i;
                }
            }

            writer.VarLong(mask);
            for (int i = 0; i < FieldCount; i++)
            {
                if (fields[i] != 0)
                {
                    writer.VarLong(fields[i]);
                }
            }
        }

        /// <summary>Fills <paramref name="sample"/> (its timestamp as stored) and returns the measurands; flags in <paramref name="flags"/>.</summary>
        public static string[] Read(JournalReader reader, MeterSample sample, out int flags)
        {
            flags = reader.Byte();
            int context = reader.Byte();
            sample.Context = context < Contexts.Length ? Contexts[context] : ReadingContext.SamplePeriodic;
            sample.TimestampUtc = new DateTime(reader.Long(), DateTimeKind.Utc);
            int count = reader.Byte();
            string[] measurands = new string[count];
            for (int i = 0; i < count; i++)
            {
                int index = reader.Byte();
                if (index >= Measurands.All.Length)
                {
                    throw new IOException("unknown measurand " + index);
                }

                measurands[i] = Measurands.All[index];
            }

            long mask = reader.VarLong();
            long[] fields = new long[FieldCount];
            for (int i = 0; i < FieldCount; i++)
            {
                fields[i] = (mask & (1L << i)) != 0 ? reader.VarLong() : 0;
            }

            SetFields(sample, fields);
            return measurands;
        }

        private static void Fields(MeterSample sample, long[] f)
        {
            MeterReading r = sample.Reading;
            f[0] = r.EnergyImportWh;
            f[1] = r.EnergyExportWh;
            f[2] = r.ReactiveImportVarh;
            f[3] = r.ReactiveExportVarh;
            f[4] = r.PowerW;
            f[5] = r.ReactivePowerVar;
            f[6] = r.PowerFactorMilli;
            for (int phase = 0; phase < MeterReading.Phases; phase++)
            {
                f[7 + phase] = r.CurrentDeciA[phase];
                f[10 + phase] = r.VoltageDeciV[phase];
            }

            f[13] = r.FrequencyCentiHz;
            f[14] = r.TemperatureDeciC;
            f[15] = sample.OfferedDeciAmps / 10;
            f[16] = sample.IntervalImportWh;
            f[17] = sample.IntervalExportWh;
            f[18] = sample.IntervalReactiveImportVarh;
            f[19] = sample.IntervalReactiveExportVarh;
            f[20] = sample.OfferedDeciAmps % 10;
        }

        private static void SetFields(MeterSample sample, long[] f)
        {
            MeterReading r = sample.Reading;
            r.EnergyImportWh = f[0];
            r.EnergyExportWh = f[1];
            r.ReactiveImportVarh = f[2];
            r.ReactiveExportVarh = f[3];
            r.PowerW = (int)f[4];
            r.ReactivePowerVar = (int)f[5];
            r.PowerFactorMilli = (int)f[6];
            for (int phase = 0; phase < MeterReading.Phases; phase++)
            {
                r.CurrentDeciA[phase] = (int)f[7 + phase];
                r.VoltageDeciV[phase] = (int)f[10 + phase];
            }

            r.FrequencyCentiHz = (int)f[13];
            r.TemperatureDeciC = (int)f[14];
            sample.OfferedDeciAmps = (int)(f[15] * 10 + f[20]);
            sample.IntervalImportWh = f[16];
            sample.IntervalExportWh = f[17];
            sample.IntervalReactiveImportVarh = f[18];
            sample.IntervalReactiveExportVarh = f[19];
        }

        private static int IndexOf(string[] table, string value)
        {
            for (int i = 0; i < table.Length; i++)
            {
                if (table[i] == value)
                {
                    return i;
                }
            }

            return 0;
        }
    }
}
