namespace NanoEvse.RemoteTrigger
{
    /// <summary>The OCPP 1.6 MessageTrigger values, as indexes into <see cref="Names"/>.</summary>
    public static class MessageTrigger
    {
        public const int BootNotification = 0;
        public const int DiagnosticsStatusNotification = 1;
        public const int FirmwareStatusNotification = 2;
        public const int Heartbeat = 3;
        public const int MeterValues = 4;
        public const int StatusNotification = 5;

        public static readonly string[] Names = new string[]
        {
            "BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues",
            "StatusNotification"
        };
    }
}
