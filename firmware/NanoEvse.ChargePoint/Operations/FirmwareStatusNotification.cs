namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>FirmwareStatusNotification: where a firmware update stands (Idle when none runs).</summary>
    public sealed class FirmwareStatusNotification : StatusOnlyNotification
    {
        public FirmwareStatusNotification(string status)
            : base(status)
        {
        }

        public override string Action
        {
            get { return "FirmwareStatusNotification"; }
        }
    }
}
