using System;
using System.Collections;
using System.IO;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;

namespace NanoEvse.Reservation
{
    /// <summary>
    /// The reservations the charger holds, kept in reservations.dat so that a reboot or power cut does not lose
    /// them. A change is stored before it applies: a flash failure leaves the book as it was. At most one
    /// reservation per connector plus one per free connector for connector 0, so the book stays small.
    /// </summary>
    public sealed class ReservationBook
    {
        public const string FileName = "reservations.dat";
        public const int FormatVersion = 1;
        private const string Component = "reservation";

        private readonly DocumentStore _store;
        private readonly ILog _log;
        private ArrayList _entries = new ArrayList();

        public ReservationBook(DocumentStore store, ILog log)
        {
            _store = store;
            _log = log;
        }

        public int Count
        {
            get { return _entries.Count; }
        }

        public HeldReservation this[int index]
        {
            get { return (HeldReservation)_entries[index]; }
        }

        /// <summary>The reservation with id <paramref name="reservationId"/>, or null.</summary>
        public HeldReservation Find(int reservationId)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                if (this[i].Id == reservationId)
                {
                    return this[i];
                }
            }

            return null;
        }

        /// <summary>The reservation of connector <paramref name="connectorId"/> (1..N), or null.</summary>
        public HeldReservation OnConnector(int connectorId)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                if (this[i].ConnectorId == connectorId)
                {
                    return this[i];
                }
            }

            return null;
        }

        /// <summary>Adds <paramref name="reservation"/>, replacing the one with its id; throws IOException, leaving the book as it was, when it cannot be stored.</summary>
        public void Put(HeldReservation reservation)
        {
            ArrayList next = Without(reservation.Id);
            next.Add(reservation);
            Save(next);
            _entries = next;
        }

        /// <summary>Removes reservation <paramref name="reservationId"/>; throws IOException, leaving the book as it was, when it cannot be stored.</summary>
        public void Remove(int reservationId)
        {
            ArrayList next = Without(reservationId);
            Save(next);
            _entries = next;
        }

        /// <summary>Removes a reservation that is over (used, expired, its connector out of order); a flash failure is only logged.</summary>
        public void End(HeldReservation reservation, string why)
        {
            _log.Write(LogLevel.Info, Component, "reservation " + reservation.Id + " ended: " + why);
            try
            {
                Remove(reservation.Id);
            }
            catch (IOException e)
            {
                // The next boot reads it again; it still ends at its expiry.
                _entries = Without(reservation.Id);
                _log.Write(LogLevel.Error, Component, "could not store " + FileName + " (" + e.Message + ")");
            }
        }

        /// <summary>Reads reservations.dat; reservations of connectors beyond <paramref name="connectors"/> are dropped.</summary>
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
                    int id = reader.Int();
                    int connectorId = reader.Int();
                    long low = (uint)reader.Int();
                    long ticks = ((long)reader.Int() << 32) | low;
                    string idTag = reader.String();
                    string parent = reader.String();
                    if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
                    {
                        throw new IOException("an expiry date out of range");
                    }

                    if (connectorId >= 0 && connectorId <= connectors)
                    {
                        _entries.Add(new HeldReservation(id, connectorId, idTag, parent.Length == 0 ? null : parent, new DateTime(ticks, DateTimeKind.Utc)));
                    }
                }
            }
            catch (IOException e)
            {
                _entries = new ArrayList();
                _store.ReportMalformed(FileName, e.Message);
            }
        }

        private ArrayList Without(int reservationId)
        {
            ArrayList next = new ArrayList();
            for (int i = 0; i < _entries.Count; i++)
            {
                if (this[i].Id != reservationId)
                {
                    next.Add(_entries[i]);
                }
            }

            return next;
        }

        private void Save(ArrayList entries)
        {
            DocumentWriter writer = new DocumentWriter(FormatVersion);
            writer.Int(entries.Count);
            for (int i = 0; i < entries.Count; i++)
            {
                HeldReservation r = (HeldReservation)entries[i];
                long ticks = r.ExpiryUtc.Ticks;
                writer.Int(r.Id);
                writer.Int(r.ConnectorId);
                writer.Int((int)ticks);
                writer.Int((int)(ticks >> 32));
                writer.String(r.IdTag);
                writer.String(r.ParentIdTag);
            }

            _store.Save(FileName, writer);
        }
    }
}
