using System.Collections;
using System.IO;
using NanoEvse.ChargePoint.Storage;

namespace NanoEvse.SmartCharging
{
    /// <summary>
    /// The installed charging profiles. ChargePointMaxProfile and TxDefaultProfile are kept in chargingprofiles.dat,
    /// saved before a change applies, so a power cut leaves the old set or the new one. TxProfiles stay in RAM: they end
    /// with their transaction, and a restart ends every transaction (PowerLoss).
    /// </summary>
    public sealed class ProfileStore
    {
        public const string FileName = "chargingprofiles.dat";
        public const int FormatVersion = 1;

        /// <summary>A ClearChargingProfile criterion the CSMS left out.</summary>
        public const int Any = int.MinValue;

        private readonly DocumentStore _store;
        private ArrayList _profiles = new ArrayList();

        public ProfileStore(DocumentStore store)
        {
            _store = store;
        }

        public int Count
        {
            get { return _profiles.Count; }
        }

        public ChargingProfile this[int index]
        {
            get { return (ChargingProfile)_profiles[index]; }
        }

        /// <summary>How many profiles there would be with <paramref name="profile"/> installed.</summary>
        public int CountWith(ChargingProfile profile)
        {
            return Without(profile, Any, Any, Any, Any).Count + 1;
        }

        /// <summary>Installs <paramref name="profile"/> in place of those it replaces; throws IOException, changing nothing, when it cannot be stored.</summary>
        public void Install(ChargingProfile profile)
        {
            ArrayList next = Without(profile, Any, Any, Any, Any);
            next.Add(profile);
            Commit(next, profile.Purpose != ProfilePurpose.Tx);
        }

        /// <summary>
        /// ClearChargingProfile: removes the profiles that match every given criterion (<see cref="Any"/> for one left
        /// out); returns how many. Throws IOException, changing nothing, when the flash cannot store the change.
        /// </summary>
        public int Clear(int id, int connectorId, int purpose, int stackLevel)
        {
            ArrayList next = Without(null, id, connectorId, purpose, stackLevel);
            int cleared = _profiles.Count - next.Count;
            if (cleared > 0)
            {
                Commit(next, false);
            }

            return cleared;
        }

        /// <summary>Removes a TxProfile whose transaction ended (never stored, so no flash write).</summary>
        public void Drop(ChargingProfile profile)
        {
            _profiles.Remove(profile);
        }

        /// <summary>Reads chargingprofiles.dat; profiles of connectors beyond <paramref name="connectors"/> are dropped.</summary>
        public void Load(int connectors)
        {
            int state;
            DocumentReader reader = _store.Load(FileName, FormatVersion, out state);
            if (reader == null)
            {
                return;
            }

            try
            {
                int count = reader.Int();
                for (int i = 0; i < count; i++)
                {
                    ChargingProfile p = ReadProfile(reader);
                    if (p.ConnectorId <= connectors)
                    {
                        _profiles.Add(p);
                    }
                }
            }
            catch (IOException e)
            {
                _profiles = new ArrayList();
                _store.ReportMalformed(FileName, e.Message);
            }
        }

        /// <summary>The profiles but <paramref name="replacedBy"/>'s predecessors and those matching the clear criteria.</summary>
        private ArrayList Without(ChargingProfile replacedBy, int id, int connectorId, int purpose, int stackLevel)
        {
            ArrayList next = new ArrayList();
            for (int i = 0; i < _profiles.Count; i++)
            {
                ChargingProfile p = this[i];
                bool goes = replacedBy != null ? p.ReplacedBy(replacedBy)
                    : Matches(id, p.Id) && Matches(connectorId, p.ConnectorId) && Matches(purpose, p.Purpose) && Matches(stackLevel, p.StackLevel);
                if (!goes)
                {
                    next.Add(p);
                }
            }

            return next;
        }

        private static bool Matches(int criterion, int value)
        {
            return criterion == Any || criterion == value;
        }

        /// <summary>Takes <paramref name="next"/>, saving it first unless only TxProfiles changed.</summary>
        private void Commit(ArrayList next, bool stores)
        {
            if (stores || StoredCount(next) != StoredCount(_profiles))
            {
                Save(next);
            }

            _profiles = next;
        }

        private static int StoredCount(ArrayList profiles)
        {
            int stored = 0;
            for (int i = 0; i < profiles.Count; i++)
            {
                if (((ChargingProfile)profiles[i]).Purpose != ProfilePurpose.Tx)
                {
                    stored++;
                }
            }

            return stored;
        }

        private void Save(ArrayList profiles)
        {
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(StoredCount(profiles));
            for (int i = 0; i < profiles.Count; i++)
            {
                ChargingProfile p = (ChargingProfile)profiles[i];
                if (p.Purpose != ProfilePurpose.Tx)
                {
                    WriteProfile(writer, p);
                }
            }

            _store.Save(FileName, writer);
        }

        private static void WriteProfile(DocumentWriter w, ChargingProfile p)
        {
            w.Int(p.Id);
            w.Int(p.ConnectorId);
            w.Int(p.StackLevel);
            w.Int(p.Purpose);
            w.Int(p.Kind);
            w.Int(p.Recurrency);
            WriteLong(w, p.ValidFrom);
            WriteLong(w, p.ValidTo);
            WriteLong(w, p.StartSchedule);
            w.Int(p.Duration);
            w.Int(p.Unit);
            w.Int(p.StartPeriods.Length);
            for (int i = 0; i < p.StartPeriods.Length; i++)
            {
                w.Int(p.StartPeriods[i]);
                w.Int(p.Limits[i]);
                w.Int(p.Phases[i]);
            }
        }

        private static ChargingProfile ReadProfile(DocumentReader r)
        {
            ChargingProfile p = new ChargingProfile();
            p.Id = r.Int();
            p.ConnectorId = r.Int();
            p.StackLevel = r.Int();
            p.Purpose = r.Int();
            p.Kind = r.Int();
            p.Recurrency = r.Int();
            p.ValidFrom = ReadLong(r);
            p.ValidTo = ReadLong(r);
            p.StartSchedule = ReadLong(r);
            p.Duration = r.Int();
            p.Unit = r.Int();
            int count = r.Int();
            bool known = p.Purpose >= ProfilePurpose.ChargePointMax && p.Purpose < ProfilePurpose.Tx && p.Kind >= 0 && p.Kind < ProfileKind.Names.Length
                && p.ConnectorId >= 0 && p.Unit >= 0 && p.Unit < RateUnit.Names.Length && count > 0 && count < 1000
                && (p.Kind != ProfileKind.Recurring || p.Recurrency == RecurrencyKind.Daily || p.Recurrency == RecurrencyKind.Weekly);
            if (!known)
            {
                throw new IOException("a profile out of range");
            }

            p.StartPeriods = new int[count];
            p.Limits = new int[count];
            p.Phases = new int[count];
            for (int i = 0; i < count; i++)
            {
                p.StartPeriods[i] = r.Int();
                p.Limits[i] = r.Int();
                p.Phases[i] = r.Int();
                if (i == 0 ? p.StartPeriods[0] != 0 : p.StartPeriods[i] <= p.StartPeriods[i - 1])
                {
                    throw new IOException("periods out of order");
                }
            }

            return p;
        }

        private static void WriteLong(DocumentWriter w, long value)
        {
            w.Int((int)value);
            w.Int((int)(value >> 32));
        }

        private static long ReadLong(DocumentReader r)
        {
            long low = (uint)r.Int();
            return ((long)r.Int() << 32) | low;
        }
    }
}
