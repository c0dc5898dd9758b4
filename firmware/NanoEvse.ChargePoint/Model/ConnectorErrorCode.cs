namespace NanoEvse.ChargePoint.Model
{
    /// <summary>StatusNotification errorCode values (ChargePointErrorCode in the OCPP 1.6 schema).</summary>
    public static class ConnectorErrorCode
    {
        public const string NoError = "NoError";
        public const string ConnectorLockFailure = "ConnectorLockFailure";
        public const string EVCommunicationError = "EVCommunicationError";
        public const string GroundFailure = "GroundFailure";
        public const string HighTemperature = "HighTemperature";
        public const string InternalError = "InternalError";
        public const string LocalListConflict = "LocalListConflict";
        public const string OtherError = "OtherError";
        public const string OverCurrentFailure = "OverCurrentFailure";
        public const string OverVoltage = "OverVoltage";
        public const string PowerMeterFailure = "PowerMeterFailure";
        public const string PowerSwitchFailure = "PowerSwitchFailure";
        public const string ReaderFailure = "ReaderFailure";
        public const string ResetFailure = "ResetFailure";
        public const string UnderVoltage = "UnderVoltage";
        public const string WeakSignal = "WeakSignal";
    }
}
