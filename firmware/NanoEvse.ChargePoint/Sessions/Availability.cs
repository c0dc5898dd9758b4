using System.IO;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// What the CSMS made inoperative with ChangeAvailability, kept in availability.dat so that it survives every
    /// reboot, reset and power cut (errata 3.4). Entry 0 is the charger as a whole and only decides connector 0's
    /// status; a change of connector 0 also applies to every connector. An inoperative connector takes no new
    /// transaction, and one whose transaction still runs becomes Unavailable when that transaction ends.
    /// </summary>
    public sealed class Availability
    {
        public const string FileName = "availability.dat";
        public const int FormatVersion = 1;
        private const string Component = "availability";

        private readonly Connector[] _connectors;
        private readonly ChargingService _charging;
        private readonly DocumentStore _store;
        private readonly IClock _clock;
        private readonly ILog _log;
        private bool[] _inoperative;
        private bool _chargerUnavailable;

        /// <summary>Reads availability.dat and applies it, so the first StatusNotifications already say Unavailable.</summary>
        /// <param name="connectors">The charger's connectors, index 0 being the charger as a whole.</param>
        public Availability(Connector[] connectors, ChargingService charging, DocumentStore store, IClock clock, ILog log)
        {
            _connectors = connectors;
            _charging = charging;
            _store = store;
            _clock = clock;
            _log = log;
            _inoperative = new bool[connectors.Length];
            Load();
            Apply();
        }

        /// <summary>Whether the CSMS set connector <paramref name="connectorId"/> (0: the charger) Inoperative.</summary>
        public bool IsInoperative(int connectorId)
        {
            return _inoperative[connectorId];
        }

        /// <summary>
        /// ChangeAvailability. The new state is stored first: Rejected, with the old state kept, when the flash
        /// fails or the connector does not exist. Scheduled when a transaction on an affected connector must end
        /// before the connector becomes Unavailable; Accepted otherwise, also when nothing changes.
        /// </summary>
        public string Change(int connectorId, bool operative)
        {
            if (connectorId < 0 || connectorId >= _inoperative.Length)
            {
                return AvailabilityStatus.Rejected;
            }

            int last = connectorId == 0 ? _inoperative.Length - 1 : connectorId;
            string status = !operative && TransactionRuns(connectorId, last) ? AvailabilityStatus.Scheduled : AvailabilityStatus.Accepted;
            bool[] next = (bool[])_inoperative.Clone();
            bool changed = false;
            for (int i = connectorId; i <= last; i++)
            {
                changed = changed || next[i] == operative;
                next[i] = !operative;
            }

            if (!changed)
            {
                return status;
            }

            try
            {
                Save(next);
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Error, Component, "could not store " + FileName + " (" + e.Message + "); connector " + connectorId + " keeps its availability");
                return AvailabilityStatus.Rejected;
            }

            _inoperative = next;
            _log.Write(LogLevel.Info, Component, "connector " + connectorId + (operative ? " operative" : " inoperative") + (status == AvailabilityStatus.Scheduled ? " once its transactions end" : string.Empty));
            Apply();
            return status;
        }

        /// <summary>Connector 0 turns Unavailable once no transaction runs on a charger set Inoperative.</summary>
        public void Poll()
        {
            bool unavailable = _inoperative[0] && !TransactionRuns(1, _inoperative.Length - 1);
            if (unavailable != _chargerUnavailable)
            {
                _chargerUnavailable = unavailable;
                _connectors[0].SetStatus(unavailable ? ConnectorStatus.Unavailable : ConnectorStatus.Available, ConnectorErrorCode.NoError, null, _clock.UtcNow, _clock.MonotonicMs);
            }
        }

        private void Apply()
        {
            for (int i = 1; i < _inoperative.Length; i++)
            {
                ConnectorSession session = _charging.Find(i);
                if (session != null)
                {
                    session.Inoperative = _inoperative[i];
                }
            }

            Poll();
        }

        private bool TransactionRuns(int first, int last)
        {
            for (int i = first; i <= last; i++)
            {
                ConnectorSession session = _charging.Find(i);
                if (session != null && session.Transaction != null)
                {
                    return true;
                }
            }

            return false;
        }

        private void Save(bool[] inoperative)
        {
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(inoperative.Length);
            for (int i = 0; i < inoperative.Length; i++)
            {
                writer.Int(inoperative[i] ? 1 : 0);
            }

            _store.Save(FileName, writer);
        }

        private void Load()
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
                if (count < 1)
                {
                    throw new IOException("no entries");
                }

                bool[] stored = new bool[count];
                for (int i = 0; i < count; i++)
                {
                    int value = reader.Int();
                    if (value != 0 && value != 1)
                    {
                        throw new IOException("an entry is neither operative nor inoperative");
                    }

                    stored[i] = value == 1;
                }

                if (!reader.AtEnd)
                {
                    throw new IOException("bytes after the last entry");
                }

                // A profile with a different number of connectors keeps the entries both have.
                for (int i = 0; i < count && i < _inoperative.Length; i++)
                {
                    _inoperative[i] = stored[i];
                }
            }
            catch (IOException e)
            {
                _store.ReportMalformed(FileName, e.Message);
            }
        }
    }
}
