namespace NanoEvse.ChargePoint.Storage
{
    /// <summary>What <see cref="DocumentStore.Load"/> found.</summary>
    public static class DocumentState
    {
        public const int Missing = 0;
        public const int Loaded = 1;
        public const int Corrupt = 2;
    }
}
