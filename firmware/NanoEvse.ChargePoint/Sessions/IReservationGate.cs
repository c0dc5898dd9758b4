namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// What the Reservation module decides about starts (spec 5.13): whether a tag may take a connector, and which
    /// reservation its transaction uses. <see cref="ChargingService.Reservations"/> is null without the profile.
    /// </summary>
    public interface IReservationGate
    {
        /// <summary>
        /// Whether <paramref name="idTag"/>, of group <paramref name="parentIdTag"/> (null when unknown), may start on
        /// <paramref name="connectorId"/>; <paramref name="reservationId"/> is the reservation it would use, or
        /// <see cref="Transaction.NoReservation"/>.
        /// </summary>
        bool Admit(int connectorId, string idTag, string parentIdTag, out int reservationId);

        /// <summary>Whether a tag whose group is unknown here could still be admitted on <paramref name="connectorId"/> once its parentIdTag is known.</summary>
        bool AdmitsGroup(int connectorId);

        /// <summary>A transaction started under <see cref="Transaction.ReservationId"/>: ends that reservation; returns the id it carries (none when the reservation ended meanwhile).</summary>
        int Started(Transaction transaction);
    }
}
