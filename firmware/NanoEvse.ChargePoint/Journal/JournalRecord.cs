namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// The kinds of record in the transaction journal (journal.dat) and their fields. A record is: kind (1 byte),
    /// payload length (1 byte), payload, then a CRC-32 (4 bytes, little-endian) of kind, length and payload. A file
    /// starts with a <see cref="Header"/>; every later record is appended after it. Times are DateTime ticks (UTC).
    /// Readers ignore fields after the ones they know, so a field added at a record's end needs no new version.
    /// </summary>
    public static class JournalRecord
    {
        /// <summary>Bytes a record adds to its payload: kind, length and CRC.</summary>
        public const int Overhead = 6;

        /// <summary>The longest payload a record can hold (its length is one byte).</summary>
        public const int MaxPayload = 255;

        /// <summary>format version (1 byte), length of the file as it was rewritten (int).</summary>
        public const int Header = 1;

        /// <summary>connector (1 byte), energy import register in Wh (long), time (ticks): the register's floor.</summary>
        public const int Register = 2;

        /// <summary>
        /// transaction number (int), connector (1 byte), meterStart (long), timestamp (ticks), idTag, then a 0 byte
        /// when the timestamp was recorded before the clock was trusted (absent otherwise, and in older files).
        /// </summary>
        public const int Started = 3;

        /// <summary>transaction number, transactionId (int): the CSMS answered StartTransaction, or it was given up (-1).</summary>
        public const int StartAnswered = 4;

        /// <summary>
        /// transaction number, meterStop (long), timestamp (ticks), reason, idTag of the card that stopped it ("" for
        /// none), then the same untrusted mark as <see cref="Started"/>.
        /// </summary>
        public const int Stopped = 5;

        /// <summary>transaction number: the CSMS answered StopTransaction, or it was given up.</summary>
        public const int StopAnswered = 6;

        /// <summary>
        /// A meter value of a transaction (see <see cref="ReadingRecord"/>): transaction number (int), sequence (int;
        /// 0 for Transaction.Begin and Transaction.End, which travel in StopTransaction only), then the reading. A
        /// version-1 reader that does not know it skips it, so the format version stays 1.
        /// </summary>
        public const int Reading = 7;

        /// <summary>sequence (int): every meter value up to it has been answered by the CSMS, or given up.</summary>
        public const int Delivered = 8;

        /// <summary>sequence (int): the meter value was dropped to keep the journal within its budget.</summary>
        public const int Dropped = 9;

        /// <summary>Bytes of a whole header record.</summary>
        public const int HeaderBytes = Overhead + 5;
    }
}
