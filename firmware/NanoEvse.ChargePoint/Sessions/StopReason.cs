namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>StopTransaction reason values (OCPP 1.6 Reason).</summary>
    public static class StopReason
    {
        public const string EmergencyStop = "EmergencyStop";
        public const string EVDisconnected = "EVDisconnected";
        public const string HardReset = "HardReset";
        public const string Local = "Local";
        public const string Other = "Other";
        public const string PowerLoss = "PowerLoss";
        public const string Reboot = "Reboot";
        public const string Remote = "Remote";
        public const string SoftReset = "SoftReset";
        public const string UnlockCommand = "UnlockCommand";
        public const string DeAuthorized = "DeAuthorized";
    }
}
