using System.IO;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal;

namespace NanoEvse.Reservation
{
    /// <summary>
    /// HeldReservation (spec 5.13): ReserveNow and CancelReservation, and the connectors they hold. A reserved connector
    /// reports Reserved while it would be Available, and takes only the reserved idTag or a tag of its parentIdTag;
    /// the transaction that uses it carries reservationId. A connector-0 reservation keeps one connector free for its
    /// tag: on a one-connector charger that connector is held as if reserved. A reservation ends when it is used,
    /// cancelled, at its expiryDate (judged only once the clock is trusted), or when its connector becomes Faulted
    /// or Unavailable. The reservations survive restarts (reservations.dat).
    /// </summary>
    public sealed class ReservationModule : IFeatureModule, IReservationGate
    {
        private const string Component = "reservation";
        private Charger _charger;
        private ConnectorSession[] _sessions;
        private ConfigKey _zeroSupported;

        public int Feature
        {
            get { return Features.Reservation; }
        }

        /// <summary>The reservations held; null before <see cref="Attach"/> or on a charger without connectors.</summary>
        public ReservationBook Book { get; private set; }

        public void Attach(Charger charger)
        {
            if (charger.Charging == null)
            {
                return;
            }

            _charger = charger;
            _sessions = charger.Charging.Sessions;
            _zeroSupported = charger.Configuration.Find(KeyNames.ReserveConnectorZeroSupported);
            Book = new ReservationBook(charger.Storage, charger.Log);
            Book.Load(_sessions.Length);
            charger.Charging.Reservations = this;
            charger.Router.Register(new ReserveNow(this));
            charger.Router.Register(new CancelReservation(this));
            MarkHeld();
        }

        public void Poll(long nowMs)
        {
            if (Book == null)
            {
                return;
            }

            for (int i = Book.Count - 1; i >= 0; i--)
            {
                string over = WhyOver(Book[i]);
                if (over != null)
                {
                    Book.End(Book[i], over);
                }
            }

            MarkHeld();
        }

        /// <summary>ReserveNow: stores the reservation (replacing one of the same id) and answers its ReservationStatus.</summary>
        public string Reserve(HeldReservation reservation)
        {
            int connectorId = reservation.ConnectorId;
            if (connectorId > _sessions.Length || (connectorId == 0 && !ConfigKey.BoolOr(_zeroSupported, false)))
            {
                return ReservationStatus.Rejected;
            }

            if (Expired(reservation))
            {
                return ReservationStatus.Rejected;
            }

            string status = connectorId == 0 ? StatusForAny(reservation.Id) : StatusFor(reservation);
            if (status != ReservationStatus.Accepted)
            {
                return status;
            }

            try
            {
                Book.Put(reservation);
            }
            catch (IOException e)
            {
                _charger.Log.Write(LogLevel.Error, Component, "could not store " + ReservationBook.FileName + " (" + e.Message + "); reservation " + reservation.Id + " refused");
                return ReservationStatus.Rejected;
            }

            _charger.Log.Write(LogLevel.Info, Component, "connector " + connectorId + " reserved for " + reservation.IdTag + " (" + reservation.Id + ")");
            MarkHeld();
            return ReservationStatus.Accepted;
        }

        /// <summary>CancelReservation: false for an unknown id, or when the flash cannot record the cancellation.</summary>
        public bool Cancel(int reservationId)
        {
            if (Book.Find(reservationId) == null)
            {
                return false;
            }

            try
            {
                Book.Remove(reservationId);
            }
            catch (IOException e)
            {
                _charger.Log.Write(LogLevel.Error, Component, "could not store " + ReservationBook.FileName + " (" + e.Message + "); reservation " + reservationId + " kept");
                return false;
            }

            _charger.Log.Write(LogLevel.Info, Component, "reservation " + reservationId + " cancelled");
            MarkHeld();
            return true;
        }

        public bool Admit(int connectorId, string idTag, string parentIdTag, out int reservationId)
        {
            reservationId = Transaction.NoReservation;
            HeldReservation own = Book.OnConnector(connectorId);
            if (own != null)
            {
                if (!own.Admits(idTag, parentIdTag))
                {
                    return false;
                }

                reservationId = own.Id;
                return true;
            }

            for (int i = 0; i < Book.Count; i++)
            {
                if (Book[i].ConnectorId == 0 && Book[i].Admits(idTag, parentIdTag))
                {
                    reservationId = Book[i].Id;
                    return true;
                }
            }

            return !HeldForAny(connectorId);
        }

        public bool AdmitsGroup(int connectorId)
        {
            HeldReservation own = Book.OnConnector(connectorId);
            if (own != null)
            {
                return own.ParentIdTag != null;
            }

            for (int i = 0; i < Book.Count; i++)
            {
                if (Book[i].ConnectorId == 0 && Book[i].ParentIdTag != null && HeldForAny(connectorId))
                {
                    return true;
                }
            }

            return false;
        }

        public int Started(Transaction transaction)
        {
            HeldReservation used = transaction.ReservationId == Transaction.NoReservation ? null : Book.Find(transaction.ReservationId);
            if (used == null)
            {
                return Transaction.NoReservation;
            }

            Book.End(used, "used by " + transaction.IdTag);
            MarkHeld();
            return used.Id;
        }

        private bool Expired(HeldReservation reservation)
        {
            return _charger.ClockTrust.IsTrusted && _charger.ClockTrust.Clock.UtcNow >= reservation.ExpiryUtc;
        }

        /// <summary>Why a reservation is over now, or null while it holds.</summary>
        private string WhyOver(HeldReservation reservation)
        {
            if (Expired(reservation))
            {
                return "expired";
            }

            int first = reservation.ConnectorId == 0 ? 1 : reservation.ConnectorId;
            int last = reservation.ConnectorId == 0 ? _sessions.Length : reservation.ConnectorId;
            for (int i = first; i <= last; i++)
            {
                string status = _charger.Connectors[i].Status;
                if (status != ConnectorStatus.Faulted && status != ConnectorStatus.Unavailable)
                {
                    return null;
                }
            }

            return "connector " + reservation.ConnectorId + " out of order";
        }

        /// <summary>The answer for a reservation of one connector, from its status and the reservations already held.</summary>
        private string StatusFor(HeldReservation reservation)
        {
            HeldReservation other = Book.OnConnector(reservation.ConnectorId);
            if (other != null && other.Id != reservation.Id)
            {
                return ReservationStatus.Occupied;
            }

            string status = StatusOf(reservation.ConnectorId);
            if (status != ReservationStatus.Accepted)
            {
                return status;
            }

            // Reserving it must still leave a connector for every connector-0 reservation.
            return Open(reservation.Id, reservation.ConnectorId, true) >= AnyConnectorCount(reservation.Id) ? ReservationStatus.Accepted : ReservationStatus.Occupied;
        }

        /// <summary>The answer for a connector-0 reservation: Accepted while a connector is Available for it, otherwise what the connectors say.</summary>
        private string StatusForAny(int reservationId)
        {
            if (Open(reservationId, 0, true) > AnyConnectorCount(reservationId))
            {
                return ReservationStatus.Accepted;
            }

            string reason = null;
            for (int i = 1; i <= _sessions.Length; i++)
            {
                string status = StatusOf(i);
                status = status == ReservationStatus.Accepted ? ReservationStatus.Occupied : status;
                reason = reason == null || reason == status ? status : ReservationStatus.Occupied;
            }

            return reason;
        }

        /// <summary>What a connector's OCPP status means for a reservation of it.</summary>
        private string StatusOf(int connectorId)
        {
            string status = _charger.Connectors[connectorId].Status;
            if (status == ConnectorStatus.Available || status == ConnectorStatus.Reserved)
            {
                return ReservationStatus.Accepted;
            }

            if (status == ConnectorStatus.Faulted || status == ConnectorStatus.Unavailable)
            {
                return status;
            }

            return ReservationStatus.Occupied;
        }

        /// <summary>
        /// Connectors a connector-0 reservation could use: not reserved by id (except by <paramref name="replaced"/>),
        /// other than <paramref name="taken"/>, and Available (<paramref name="idle"/>) or at least able to take a transaction.
        /// </summary>
        private int Open(int replaced, int taken, bool idle)
        {
            int open = 0;
            for (int i = 1; i <= _sessions.Length; i++)
            {
                HeldReservation own = Book.OnConnector(i);
                bool usable = idle ? StatusOf(i) == ReservationStatus.Accepted : _sessions[i - 1].TakesNewTransaction;
                if (i != taken && (own == null || own.Id == replaced) && usable)
                {
                    open++;
                }
            }

            return open;
        }

        /// <summary>Connector-0 reservations other than <paramref name="except"/>.</summary>
        private int AnyConnectorCount(int except)
        {
            int count = 0;
            for (int i = 0; i < Book.Count; i++)
            {
                if (Book[i].ConnectorId == 0 && Book[i].Id != except)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Whether connector-0 reservations need <paramref name="connectorId"/>: no more connectors are open than they hold.</summary>
        private bool HeldForAny(int connectorId)
        {
            int holders = AnyConnectorCount(Transaction.NoReservation);
            return holders > 0 && Book.OnConnector(connectorId) == null && _sessions[connectorId - 1].TakesNewTransaction
                && Open(Transaction.NoReservation, 0, false) <= holders;
        }

        /// <summary>Tells each connector whether it is held, so that it reports Reserved while it would be Available.</summary>
        private void MarkHeld()
        {
            for (int i = 1; i <= _sessions.Length; i++)
            {
                _sessions[i - 1].Reserved = Book.OnConnector(i) != null || HeldForAny(i);
            }
        }
    }
}
