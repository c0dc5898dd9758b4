using NanoEvse.ChargePoint.Sessions;

namespace NanoEvse.SmartCharging
{
    /// <summary>
    /// One installed ChargingProfile with its ChargingSchedule. Times are whole seconds of DateTime.Ticks (UTC), so the
    /// schedule arithmetic stays in integers; limits are tenths of the schedule's unit.
    /// </summary>
    public sealed class ChargingProfile
    {
        /// <summary>A time the profile does not give (no startSchedule).</summary>
        public const long NoTime = long.MinValue;

        /// <summary>A schedule without a duration.</summary>
        public const int Endless = -1;

        public int Id;
        public int ConnectorId;
        public int StackLevel;
        public int Purpose;
        public int Kind;
        public int Recurrency = RecurrencyKind.None;

        /// <summary>Whether the CSMS named a transactionId (only a TxProfile of SetChargingProfile may).</summary>
        public bool HasTransactionId;
        public int TransactionId;

        /// <summary>A TxProfile's transaction: the profile ends with it. RAM only, as transactions do not survive a restart.</summary>
        public Transaction Transaction;

        public long ValidFrom = long.MinValue;
        public long ValidTo = long.MaxValue;
        public int Duration = Endless;
        public long StartSchedule = NoTime;
        public int Unit;

        /// <summary>The periods, ascending from 0: offsets in seconds, limits in tenths, phases (0: not given, 3 assumed).</summary>
        public int[] StartPeriods;
        public int[] Limits;
        public int[] Phases;

        /// <summary>
        /// Where the schedule in force at <paramref name="t"/> starts, or <see cref="NoTime"/> when none is: outside
        /// validFrom/validTo, before the start, after the duration. A Relative schedule starts at <paramref name="anchor"/>
        /// (the transaction's start, else the moment asked about); a Recurring one at its latest cycle.
        /// </summary>
        public long StartAt(long t, long anchor)
        {
            long start = Kind == ProfileKind.Relative ? anchor : StartSchedule;
            if (t < ValidFrom || t >= ValidTo || t < start)
            {
                return NoTime;
            }

            if (Kind == ProfileKind.Recurring)
            {
                long cycle = RecurrencyKind.CycleSeconds(Recurrency);
                start += (t - start) / cycle * cycle;
            }

            return Duration != Endless && t - start >= Duration ? NoTime : start;
        }

        /// <summary>The index of the period in force <paramref name="offset"/> seconds into the schedule.</summary>
        public int PeriodAt(long offset)
        {
            int i = StartPeriods.Length - 1;
            while (StartPeriods[i] > offset)
            {
                i--;
            }

            return i;
        }

        /// <summary>The first moment after <paramref name="t"/> at which what this profile says may change.</summary>
        public long NextChangeAfter(long t, long anchor)
        {
            long next = long.MaxValue;
            next = Earliest(next, t, ValidFrom);
            next = Earliest(next, t, ValidTo);
            long start = Kind == ProfileKind.Relative ? anchor : StartSchedule;
            if (t >= start && Kind == ProfileKind.Recurring)
            {
                long cycle = RecurrencyKind.CycleSeconds(Recurrency);
                start += (t - start) / cycle * cycle;
                next = Earliest(next, t, start + cycle);
            }

            next = Earliest(next, t, start);
            for (int i = 0; i < StartPeriods.Length; i++)
            {
                next = Earliest(next, t, start + StartPeriods[i]);
            }

            return Duration == Endless ? next : Earliest(next, t, start + Duration);
        }

        /// <summary>Whether <paramref name="other"/> takes this profile's place when installed (spec 3.13.2): the same id, or the same stack level and purpose on the same connector.</summary>
        public bool ReplacedBy(ChargingProfile other)
        {
            return other.Id == Id || (other.StackLevel == StackLevel && other.Purpose == Purpose && other.ConnectorId == ConnectorId);
        }

        private static long Earliest(long next, long t, long candidate)
        {
            return candidate > t && candidate < next ? candidate : next;
        }
    }
}
