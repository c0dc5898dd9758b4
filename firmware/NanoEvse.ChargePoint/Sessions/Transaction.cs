using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Time;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>One charging session on one connector, from StartTransaction to StopTransaction.</summary>
    public sealed class Transaction
    {
        /// <summary><see cref="ReservationId"/> of a transaction that uses no reservation.</summary>
        public const int NoReservation = int.MinValue;

        /// <summary>Id the CSMS gave in StartTransaction.conf; 0 until then.</summary>
        public int Id;

        public readonly int ConnectorId;
        public readonly string IdTag;
        public readonly long MeterStartWh;

        /// <summary>The start by both clocks (see <see cref="ClockTrust.Resolve"/>); a journal read at boot may restamp it.</summary>
        public DateTime StartUtc;
        public long StartMs;

        /// <summary>The latest event of the transaction (start, meter value), by both clocks: none may come before it.</summary>
        public DateTime LastUtc;
        public long LastMs;

        /// <summary>The parentIdTag the CSMS gave for <see cref="IdTag"/>, or null.</summary>
        public string ParentIdTag;

        /// <summary>The reservation the transaction used (StartTransaction.reservationId), or <see cref="NoReservation"/>.</summary>
        public int ReservationId = NoReservation;

        /// <summary>False once the CSMS answered StartTransaction with a status other than Accepted.</summary>
        public bool Authorized = true;

        /// <summary>Set when the session ends; StopTransaction carries it.</summary>
        public string StopReason;

        /// <summary>The card that ended the session, or null when no card did.</summary>
        public string StopIdTag;

        /// <summary>A transaction whose start has no monotonic time (an earlier boot's): its UTC stands as given.</summary>
        public Transaction(int connectorId, string idTag, long meterStartWh, DateTime startUtc)
            : this(connectorId, idTag, meterStartWh, startUtc, ClockTrust.NoLink)
        {
        }

        public Transaction(int connectorId, string idTag, long meterStartWh, DateTime startUtc, long startMs)
        {
            ConnectorId = connectorId;
            IdTag = idTag;
            MeterStartWh = meterStartWh;
            StartUtc = startUtc;
            StartMs = startMs;
            LastUtc = startUtc;
            LastMs = startMs;
        }

        /// <summary>The wall-clock time for an event of this transaction now, never before the previous one; it becomes the latest.</summary>
        public DateTime NextEventUtc(ClockTrust trust)
        {
            DateTime utc = trust.NowNotBefore(LastUtc, LastMs);
            LastUtc = utc;
            LastMs = trust.Clock.MonotonicMs;
            return utc;
        }

        /// <summary>Whether <paramref name="idTag"/> is this session's own tag (IdToken is case-insensitive).</summary>
        public bool IsOwnTag(string idTag)
        {
            return idTag != null && IdToken.Same(idTag, IdTag);
        }
    }
}
