using NanoEvse.ChargePoint.Sessions;

namespace NanoEvse.SmartCharging
{
    /// <summary>
    /// The composite schedule (spec 3.13.2, errata 3.8): at each instant, per purpose, the highest stack level in force
    /// wins and a lower one resumes when it ends. A connector's transaction follows its TxProfiles if it has any (a
    /// TxProfile replaces the TxDefaultProfile for the whole transaction, TC_066), otherwise the connector's own
    /// TxDefaultProfile in force, else connector 0's. The ChargePointMaxProfile in force and the hardware ceiling cap
    /// the result. Connector 0 is the charger as a whole: its ChargePointMaxProfile under the sum of the connectors'
    /// ceilings. Limits are tenths of the unit asked for.
    /// </summary>
    public sealed class CompositeSchedule
    {
        /// <summary>No profile and no ceiling limits the connector.</summary>
        public const long NoLimit = long.MaxValue;

        private readonly ProfileStore _profiles;

        public CompositeSchedule(ProfileStore profiles)
        {
            _profiles = profiles;
        }

        /// <summary>
        /// The limit on <paramref name="connectorId"/> at second <paramref name="t"/>, in tenths of <paramref name="unit"/>;
        /// <paramref name="tx"/> is its transaction or null, <paramref name="anchor"/> where Relative schedules start,
        /// <paramref name="ceilingDeciAmps"/> the hardware's limit per phase (<see cref="NoLimit"/>: none).
        /// </summary>
        public long LimitAt(int connectorId, Transaction tx, long anchor, long t, int unit, long ceilingDeciAmps)
        {
            long limit = ceilingDeciAmps == NoLimit ? NoLimit : RateUnit.Convert(ceilingDeciAmps, RateUnit.Amps, unit, RateUnit.DefaultPhases);
            limit = Min(limit, PurposeLimit(ProfilePurpose.ChargePointMax, 0, null, anchor, t, unit));
            if (connectorId == 0)
            {
                return limit;
            }

            if (HasTxProfile(tx))
            {
                return Min(limit, PurposeLimit(ProfilePurpose.Tx, connectorId, tx, anchor, t, unit));
            }

            long txDefault = PurposeLimit(ProfilePurpose.TxDefault, connectorId, null, anchor, t, unit);
            if (txDefault == NoLimit)
            {
                txDefault = PurposeLimit(ProfilePurpose.TxDefault, 0, null, anchor, t, unit);
            }

            return Min(limit, txDefault);
        }

        /// <summary>The first second after <paramref name="t"/> at which the limit may change; long.MaxValue when it never does.</summary>
        public long NextChangeAfter(Transaction tx, long anchor, long t)
        {
            long next = long.MaxValue;
            for (int i = 0; i < _profiles.Count; i++)
            {
                ChargingProfile p = _profiles[i];
                if (p.Purpose != ProfilePurpose.Tx || p.Transaction == tx)
                {
                    long change = p.NextChangeAfter(t, anchor);
                    next = change < next ? change : next;
                }
            }

            return next;
        }

        /// <summary>The unit a GetCompositeSchedule without one is answered in: W when every installed profile is in W, A otherwise.</summary>
        public int NaturalUnit()
        {
            for (int i = 0; i < _profiles.Count; i++)
            {
                if (_profiles[i].Unit == RateUnit.Amps)
                {
                    return RateUnit.Amps;
                }
            }

            return _profiles.Count > 0 ? RateUnit.Watts : RateUnit.Amps;
        }

        private bool HasTxProfile(Transaction tx)
        {
            for (int i = 0; tx != null && i < _profiles.Count; i++)
            {
                if (_profiles[i].Purpose == ProfilePurpose.Tx && _profiles[i].Transaction == tx)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the highest stack level of <paramref name="purpose"/> on <paramref name="connectorId"/> in force at <paramref name="t"/> says; <see cref="NoLimit"/> when none is.</summary>
        private long PurposeLimit(int purpose, int connectorId, Transaction tx, long anchor, long t, int unit)
        {
            ChargingProfile best = null;
            long bestStart = 0;
            for (int i = 0; i < _profiles.Count; i++)
            {
                ChargingProfile p = _profiles[i];
                bool candidate = p.Purpose == purpose && (purpose == ProfilePurpose.Tx ? p.Transaction == tx : p.ConnectorId == connectorId);
                long start = candidate ? p.StartAt(t, anchor) : ChargingProfile.NoTime;
                if (start != ChargingProfile.NoTime && (best == null || p.StackLevel > best.StackLevel))
                {
                    best = p;
                    bestStart = start;
                }
            }

            if (best == null)
            {
                return NoLimit;
            }

            int period = best.PeriodAt(t - bestStart);
            return RateUnit.Convert(best.Limits[period], best.Unit, unit, best.Phases[period]);
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
