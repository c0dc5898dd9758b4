namespace NanoEvse.ChargePoint.Model
{
    /// <summary>Where the charger stands with the CSMS; the first three are BootNotification.conf statuses.</summary>
    public static class RegistrationStatus
    {
        public const int Accepted = 0;
        public const int Pending = 1;
        public const int Rejected = 2;
        public const int NotRegistered = 3;

        /// <summary>Wire names of the BootNotification.conf statuses, indexed by value.</summary>
        public static readonly string[] Names = { "Accepted", "Pending", "Rejected" };
    }
}
