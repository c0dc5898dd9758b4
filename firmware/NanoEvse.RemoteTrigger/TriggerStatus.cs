namespace NanoEvse.RemoteTrigger
{
    /// <summary>The OCPP 1.6 TriggerMessageStatus values.</summary>
    public static class TriggerStatus
    {
        public const string Accepted = "Accepted";
        public const string Rejected = "Rejected";
        public const string NotImplemented = "NotImplemented";
    }
}
