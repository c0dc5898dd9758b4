namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>ChangeAvailability.conf status values (AvailabilityStatus in the OCPP 1.6 schema).</summary>
    public static class AvailabilityStatus
    {
        public const string Accepted = "Accepted";
        public const string Rejected = "Rejected";
        public const string Scheduled = "Scheduled";
    }
}
