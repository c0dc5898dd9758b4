namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>DiagnosticsStatusNotification: where a diagnostics upload stands (Idle when none runs).</summary>
    public sealed class DiagnosticsStatusNotification : StatusOnlyNotification
    {
        public DiagnosticsStatusNotification(string status)
            : base(status)
        {
        }

        public override string Action
        {
            get { return "DiagnosticsStatusNotification"; }
        }
    }
}
