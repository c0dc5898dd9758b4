namespace NanoEvse.ChargePoint.Model
{
    /// <summary>StatusNotification status values (ChargePointStatus in the OCPP 1.6 schema).</summary>
    public static class ConnectorStatus
    {
        public const string Available = "Available";
        public const string Preparing = "Preparing";
        public const string Charging = "Charging";
        public const string SuspendedEV = "SuspendedEV";
        public const string SuspendedEVSE = "SuspendedEVSE";
        public const string Finishing = "Finishing";
        public const string Reserved = "Reserved";
        public const string Unavailable = "Unavailable";
        public const string Faulted = "Faulted";

        /// <summary>StatusNotification.info is CiString50.</summary>
        public const int MaxInfoLength = 50;
    }
}
