namespace NanoEvse.Reservation
{
    /// <summary>ReserveNow.conf status values (ReservationStatus in the OCPP 1.6 schema).</summary>
    public static class ReservationStatus
    {
        public const string Accepted = "Accepted";
        public const string Faulted = "Faulted";
        public const string Occupied = "Occupied";
        public const string Rejected = "Rejected";
        public const string Unavailable = "Unavailable";
    }
}
