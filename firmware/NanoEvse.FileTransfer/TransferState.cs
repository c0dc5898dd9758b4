namespace NanoEvse.FileTransfer
{
    /// <summary>The states of a download or upload (ints rather than an enum, as the core's status codes are).</summary>
    public static class TransferState
    {
        public const int Running = 0;

        /// <summary>Finished; a download only once every byte has been taken.</summary>
        public const int Done = 1;

        /// <summary>Given up; Error says why.</summary>
        public const int Failed = 2;
    }
}
