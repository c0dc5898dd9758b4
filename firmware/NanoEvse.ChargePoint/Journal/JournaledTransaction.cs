using System;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Sessions;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// What the journal knows of one transaction the CSMS has not fully heard of yet: the transaction itself, how
    /// far its StartTransaction and StopTransaction got, and the order they were created in.
    /// </summary>
    public sealed class JournaledTransaction
    {
        public JournaledTransaction(int number, Transaction transaction)
        {
            Number = number;
            Transaction = transaction;
        }

        /// <summary>The journal's own number for the transaction, known before the CSMS gives it an id.</summary>
        public int Number { get; private set; }

        public Transaction Transaction { get; private set; }

        /// <summary>Position of StartTransaction among the transaction messages, oldest first.</summary>
        public int StartOrder;

        /// <summary>Position of StopTransaction among the transaction messages, once stopped.</summary>
        public int StopOrder;

        /// <summary>The CSMS answered StartTransaction, or it was given up.</summary>
        public bool StartAnswered;

        public bool Stopped;
        public long MeterStopWh;
        public DateTime StopUtc;

        /// <summary>The stop by the monotonic clock (see ClockTrust.Resolve); NoLink for a stop read from flash.</summary>
        public long StopMs;

        /// <summary>The Transaction.Begin and Transaction.End values for transactionData; null when the journal has none (older files).</summary>
        public MeterSample Begin;
        public MeterSample End;

        /// <summary>Bytes its start (Started and Begin records) and its stop (Stopped and End records) take in flash.</summary>
        public int StartBytes;
        public int StopBytes;

        /// <summary>Read from flash: the start or stop time was recorded before that boot's clock was trusted.</summary>
        public bool StartUntrusted;
        public bool StopUntrusted;

        /// <summary>The CSMS answered StopTransaction, or it was given up.</summary>
        public bool StopAnswered;

        /// <summary>Nothing is left to tell the CSMS.</summary>
        public bool Finished
        {
            get { return StartAnswered && Stopped && StopAnswered; }
        }

        /// <summary>Whether a message of this transaction still waits for an answer.</summary>
        public bool HasPendingMessage
        {
            get { return !StartAnswered || (Stopped && !StopAnswered); }
        }

        /// <summary>Order of the first message still waiting for an answer.</summary>
        public int PendingOrder
        {
            get { return !StartAnswered ? StartOrder : StopOrder; }
        }
    }
}
