namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>The OCPP ReadingContext values this charger puts on its meter values.</summary>
    public static class ReadingContext
    {
        public const string SamplePeriodic = "Sample.Periodic";
        public const string SampleClock = "Sample.Clock";
        public const string TransactionBegin = "Transaction.Begin";
        public const string TransactionEnd = "Transaction.End";
        public const string Trigger = "Trigger";
    }
}
