namespace NanoEvse.Tooling.Storage
{
    /// <summary>
    /// What the config partition must hold besides the documents the firmware writes today: LittleFS's own
    /// blocks, nanoCLR's files and the documents later issues add. Each figure is an assumption, stated where it
    /// is defined; change it here when the real document exists.
    /// </summary>
    public static class StorageReserves
    {
        /// <summary>LittleFS's superblock pair, which is also the root directory's metadata pair.</summary>
        public const int SuperblockBlocks = 2;

        /// <summary>A second metadata pair for when the root's entries and commit log outgrow one block.</summary>
        public const int DirectoryBlocks = 2;

        /// <summary>
        /// nanoCLR keeps its configuration on the same volume as con_*.sys files: network, Wi-Fi station and
        /// access point (a block each), the CA root bundle (up to 16 KiB: a few PEM roots) and the device
        /// certificate (a block).
        /// </summary>
        public const int PlatformFilesBytes = 32 * 1024;

        /// <summary>
        /// journal.dat: a compaction writes at most TransactionJournal.MaxBytes (16 KiB: 40 unfinished transactions
        /// and the meter values that fit), and the file grows by at most half of that (plus one append) before the next.
        /// </summary>
        public const int TransactionJournalBytes = 25 * 1024;

        /// <summary>authcache.dat: 64 idTags with status, expiry and parent id (3,856 B at most, measured), rounded up to a block.</summary>
        public const int AuthorizationCacheBytes = 4 * 1024;

        /// <summary>
        /// locallist.dat at the default profile's LocalAuthListMaxLength: 100 entries of at most 60 B (6,020 B,
        /// measured by StorageBudgetTests), rounded up to 6 KiB.
        /// </summary>
        public const int LocalListBytes = 6 * 1024;

        /// <summary>
        /// chargingprofiles.dat at the default profile's MaxChargingProfilesInstalled (10) and ChargingScheduleMaxPeriods
        /// (24): 348 B a profile, 3,496 B in all (measured by StorageBudgetTests), rounded up to a block.
        /// </summary>
        public const int ChargingProfilesBytes = 4 * 1024;

        public static void AddTo(FlashBudget budget)
        {
            budget.AddBlocks("LittleFS superblock", SuperblockBlocks, "superblock = root directory metadata pair");
            budget.AddBlocks("LittleFS directory", DirectoryBlocks, "one more metadata pair as the root grows");
            budget.AddReserve("nanoCLR con_*.sys files", PlatformFilesBytes, "network, Wi-Fi, AP, CA bundle, device cert");
            budget.AddDocument("transaction journal", TransactionJournalBytes, "journal.dat: 16 KiB compacted + 8 KiB growth + 1 append");
            budget.AddDocument("authorization cache", AuthorizationCacheBytes, "authcache.dat: 64 idTags, measured <= 3,856 B");
            budget.AddDocument("local list", LocalListBytes, "locallist.dat: 100 entries, measured <= 6,020 B");
            budget.AddDocument("charging profiles", ChargingProfilesBytes, "chargingprofiles.dat: 10 profiles of 24 periods, measured <= 3,496 B");
        }
    }
}
