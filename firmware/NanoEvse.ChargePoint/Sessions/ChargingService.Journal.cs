using NanoEvse.ChargePoint.Journal;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>The transaction journal behind the sessions: every start, stop and answer is recorded in flash.</summary>
    public sealed partial class ChargingService
    {
        /// <summary>Set by <see cref="Resume"/>, before the first poll.</summary>
        public TransactionJournal Journal { get; private set; }

        /// <summary>
        /// Boot: the journal stops what was running when the charger went down and queues, in order, every
        /// StartTransaction, MeterValues and StopTransaction the CSMS has not answered; <paramref name="retry"/> decides
        /// when a failed one goes again.
        /// </summary>
        public void Resume(TransactionJournal journal, TransactionMessageRetry retry)
        {
            Journal = journal;
            Meters.Journal = journal;
            journal.Resume(this, _endpoint, retry);
        }
    }
}
