using System;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// One meterValue element: what a connector's meter read at one instant and why. The sampledValues are
    /// written from it only when the message is, so it holds the reading rather than a list of strings.
    /// </summary>
    public sealed class MeterSample
    {
        public readonly MeterReading Reading = new MeterReading();

        public DateTime TimestampUtc;

        /// <summary>When it was taken by the monotonic clock; <see cref="ClockTrust.NoLink"/> once the timestamp is final.</summary>
        public long TakenMs = ClockTrust.NoLink;

        /// <summary>A <see cref="ReadingContext"/> value.</summary>
        public string Context;

        /// <summary>The current the pilot offered per phase when the sample was taken, in 0.1 A; 0 when none.</summary>
        public int OfferedDeciAmps;

        /// <summary>Register increase since the previous sample of the same series: the *.Interval measurands.</summary>
        public long IntervalImportWh;
        public long IntervalExportWh;
        public long IntervalReactiveImportVarh;
        public long IntervalReactiveExportVarh;

        /// <summary>Fills the sample; the Interval measurands count from <paramref name="intervalStart"/>.</summary>
        public void Take(DateTime utc, string context, MeterReading reading, int offeredDeciAmps, MeterReading intervalStart)
        {
            TimestampUtc = utc;
            Context = context;
            OfferedDeciAmps = offeredDeciAmps;
            reading.CopyTo(Reading);
            IntervalImportWh = reading.EnergyImportWh - intervalStart.EnergyImportWh;
            IntervalExportWh = reading.EnergyExportWh - intervalStart.EnergyExportWh;
            IntervalReactiveImportVarh = reading.ReactiveImportVarh - intervalStart.ReactiveImportVarh;
            IntervalReactiveExportVarh = reading.ReactiveExportVarh - intervalStart.ReactiveExportVarh;
        }

        /// <summary>Makes the timestamp final on the real timeline; called once the clock is trusted, before writing.</summary>
        public void Settle(ClockTrust trust)
        {
            if (trust.IsTrusted && TakenMs != ClockTrust.NoLink)
            {
                TimestampUtc = trust.Resolve(TimestampUtc, TakenMs);
                TakenMs = ClockTrust.NoLink;
            }
        }

        public void CopyTo(MeterSample other)
        {
            other.TimestampUtc = TimestampUtc;
            other.TakenMs = TakenMs;
            other.Context = Context;
            other.OfferedDeciAmps = OfferedDeciAmps;
            Reading.CopyTo(other.Reading);
            other.IntervalImportWh = IntervalImportWh;
            other.IntervalExportWh = IntervalExportWh;
            other.IntervalReactiveImportVarh = IntervalReactiveImportVarh;
            other.IntervalReactiveExportVarh = IntervalReactiveExportVarh;
        }
    }
}
