using System;
using System.Collections;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// The transactions' meter values in the journal, and its budget. A value is recorded, register included,
    /// before its MeterValues is queued, so no reading the CSMS sees is above the register flash holds, and its
    /// answer is recorded when it comes. When the
    /// budget is reached, meter values go first: values already delivered and kept only for transactionData, then
    /// the oldest undelivered value of the oldest transaction. Starts and stops are never given up: a transaction
    /// that could not be recorded is not started, and every running one has the room for its stop kept.
    /// </summary>
    public sealed partial class TransactionJournal
    {
        /// <summary>Room kept for a transaction's start (Started and Begin records) and for its stop (Stopped and End).</summary>
        public const int StartReserveBytes = 320;
        public const int StopReserveBytes = 320;

        private const int StartAnsweredBytes = JournalRecord.Overhead + 8;
        private const int SequenceRecordBytes = JournalRecord.Overhead + 4;
        private const int RegisterBytes = JournalRecord.Overhead + 17;

        // Sequences of values dropped for room, written with the next append.
        private readonly ArrayList _droppedSequences = new ArrayList();
        private int _nextSequence = 1;
        private int _deliveredSequence;
        private int _deliveredWritten;
        private bool _hasRoom = true;

        /// <summary>A periodic or clock-aligned value of a running transaction: recorded, then its MeterValues is queued in turn.</summary>
        public void Record(Transaction transaction, MeterSample sample, string[] measurands)
        {
            JournaledTransaction entry = Find(transaction);
            if (entry == null || entry.Stopped)
            {
                _log.Write(LogLevel.Warning, Component, "no journaled session for a meter value on connector " + transaction.ConnectorId);
                return;
            }

            JournaledValue value = new JournaledValue(_nextSequence++, entry, sample, measurands);
            value.Order = _nextOrder++;
            _writer.Clear();
            WriteValue(value);
            if (!MakeRoom(value.Bytes))
            {
                _log.Write(LogLevel.Warning, Component, "journal full: the meter value of " + OcppTime.Format(sample.TimestampUtc) + " is not kept");
                return;
            }

            BeginRecords();
            WriteValue(value);
            _values.Add(value);
            KeepForStop(value);
            Written(transaction.ConnectorId, sample.Reading.EnergyImportWh, TrustedTicks(sample.TimestampUtc, sample.TakenMs));
            Commit(false);
            SendNext();
        }

        /// <summary>A reading outside any transaction is about to be sent: its register goes to flash first.</summary>
        public void MakeDurable(int connectorId, long registerWh)
        {
            if (connectorId > 0 && connectorId < _floorWh.Length && registerWh > _floorWh[connectorId])
            {
                CheckpointRegister(connectorId, registerWh);
            }
        }

        /// <summary>The CSMS answered a MeterValues of a transaction.</summary>
        public void ValuesAnswered(MeterValues request)
        {
            Settle(request);
            AnswerValue(FindValue(request));
        }

        /// <summary>Whether a new transaction can be recorded; when not, none may start (its energy would go unrecorded).</summary>
        public bool HasRoomForTransaction
        {
            get { return _hasRoom; }
        }

        /// <summary>Works out <see cref="HasRoomForTransaction"/> after every write, so a poll asking it costs nothing.</summary>
        private void UpdateRoom()
        {
            bool room = _transactions.Count < MaxTransactions && LiveBytes - DroppableBytes() + StartReserveBytes + StopReserveBytes <= MaxBytes;
            if (room != _hasRoom)
            {
                _log.Write(room ? LogLevel.Info : LogLevel.Warning, Component, room ? "the journal has room for new transactions again"
                    : "journal full: no new transaction starts until the CSMS takes what is waiting");
            }

            _hasRoom = room;
        }

        /// <summary>What a compaction would write now, with the room kept for the stops of running transactions.</summary>
        public int LiveBytes
        {
            get
            {
                int bytes = JournalRecord.HeaderBytes;
                for (int connectorId = 1; connectorId < _floorWh.Length; connectorId++)
                {
                    bytes += _floorWh[connectorId] > 0 || _knownTicks[connectorId] > 0 ? RegisterBytes : 0;
                }

                for (int i = 0; i < _transactions.Count; i++)
                {
                    JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                    bytes += entry.StartBytes + (entry.StartAnswered ? StartAnsweredBytes : 0) + (entry.Stopped ? entry.StopBytes : StopReserveBytes);
                }

                bool delivered = false;
                for (int i = 0; i < _values.Count; i++)
                {
                    JournaledValue value = (JournaledValue)_values[i];
                    bytes += value.Bytes;
                    delivered |= value.Delivered;
                }

                return bytes + (delivered ? SequenceRecordBytes : 0);
            }
        }

        /// <summary>Messages waiting for the CSMS: StartTransaction, StopTransaction and MeterValues.</summary>
        public int PendingStarts
        {
            get { return CountTransactions(false); }
        }

        public int PendingStops
        {
            get { return CountTransactions(true); }
        }

        public int PendingValues
        {
            get
            {
                int count = 0;
                for (int i = 0; i < _values.Count; i++)
                {
                    count += ((JournaledValue)_values[i]).Delivered ? 0 : 1;
                }

                return count;
            }
        }

        /// <summary>The time of the oldest message still waiting for the CSMS, or DateTime.MinValue for none.</summary>
        public DateTime OldestPendingUtc
        {
            get
            {
                JournaledValue value = FirstUndelivered();
                JournaledTransaction head = null;
                for (int i = 0; i < _transactions.Count; i++)
                {
                    JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                    if (entry.HasPendingMessage && (head == null || entry.PendingOrder < head.PendingOrder))
                    {
                        head = entry;
                    }
                }

                if (value != null && (head == null || value.Order < head.PendingOrder))
                {
                    return _trust.Resolve(value.Sample.TimestampUtc, value.Sample.TakenMs);
                }

                if (head == null)
                {
                    return DateTime.MinValue;
                }

                Transaction t = head.Transaction;
                return head.StartAnswered ? _trust.Resolve(head.StopUtc, head.StopMs) : _trust.Resolve(t.StartUtc, t.StartMs);
            }
        }

        private int CountTransactions(bool stops)
        {
            int count = 0;
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                count += (stops ? entry.Stopped && !entry.StopAnswered : !entry.StartAnswered) ? 1 : 0;
            }

            return count;
        }

        private void AnswerValue(JournaledValue value)
        {
            if (value != null && !value.Delivered)
            {
                // Values are answered in order, so one number marks them all. It is written at once: a value
                // sent again after a power cut would show the CSMS a register lower than one it already has.
                value.Delivered = true;
                value.Call = null;
                _deliveredSequence = value.Sequence;
                if (!WantedForStop(value))
                {
                    _values.Remove(value);
                }

                BeginRecords();
                Commit(false);
            }

            SendNext();
        }

        private JournaledValue FindValue(OutgoingCall request)
        {
            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (value.Call == request)
                {
                    return value;
                }
            }

            return null;
        }

        private JournaledValue FirstUndelivered()
        {
            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (!value.Delivered)
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>Whether StopTransaction.transactionData wants the value (StopTxnSampledData or StopTxnAlignedData); all, before the keys are known.</summary>
        private bool WantedForStop(JournaledValue value)
        {
            if (_settings == null)
            {
                return true;
            }

            MeasurandSelection keys = value.Sample.Context == ReadingContext.SampleClock ? _settings.StopTxnAlignedData : _settings.StopTxnSampledData;
            return keys.Current.Length > 0;
        }

        /// <summary>A transaction keeps at most what transactionData can carry: its oldest delivered value makes room.</summary>
        private void KeepForStop(JournaledValue added)
        {
            int kept = 0;
            JournaledValue oldest = null;
            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (value.Entry == added.Entry && WantedForStop(value))
                {
                    kept++;
                    oldest = oldest == null && value.Delivered ? value : oldest;
                }
            }

            if (kept > TransactionMeterData.Capacity - 2 && oldest != null)
            {
                _values.Remove(oldest);
            }
        }

        /// <summary>Forgets the values nothing needs any more: delivered and not wanted for a StopTransaction still to come.</summary>
        private void PruneValues()
        {
            for (int i = _values.Count - 1; i >= 0; i--)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (!_transactions.Contains(value.Entry) || (value.Delivered && !WantedForStop(value)))
                {
                    _values.RemoveAt(i);
                }
            }
        }

        /// <summary>
        /// Makes room for <paramref name="bytes"/> more within <see cref="MaxBytes"/> by dropping meter values;
        /// false when there are none left to drop.
        /// </summary>
        private bool MakeRoom(int bytes)
        {
            while (LiveBytes + bytes > MaxBytes)
            {
                JournaledValue victim = Victim();
                if (victim == null)
                {
                    return false;
                }

                _values.Remove(victim);
                if (!victim.Delivered)
                {
                    _droppedSequences.Add(victim.Sequence);
                    Transaction t = victim.Entry.Transaction;
                    _log.Write(LogLevel.Warning, Component, "journal full: dropping the meter value of " + OcppTime.Format(victim.Sample.TimestampUtc)
                        + " (" + victim.Sample.Reading.EnergyImportWh + " Wh) of the transaction of " + t.IdTag + " on connector " + t.ConnectorId);
                }
            }

            return true;
        }

        /// <summary>The value to drop first: a delivered one kept for transactionData, else the oldest undelivered of the oldest transaction.</summary>
        private JournaledValue Victim()
        {
            JournaledValue victim = null;
            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (value.Delivered)
                {
                    return value;
                }

                if (value.Call == null && (victim == null || value.Entry.StartOrder < victim.Entry.StartOrder))
                {
                    victim = value;
                }
            }

            return victim;
        }

        private int DroppableBytes()
        {
            int bytes = 0;
            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                bytes += value.Delivered || value.Call == null ? value.Bytes : 0;
            }

            return bytes;
        }

        /// <summary>transactionData for the transaction's StopTransaction: Begin, the values kept for it, End.</summary>
        private TransactionMeterData MeterDataOf(JournaledTransaction entry)
        {
            if (_settings == null)
            {
                return null;
            }

            Transaction t = entry.Transaction;
            MeterSample begin = entry.Begin != null ? entry.Begin : Boundary(ReadingContext.TransactionBegin, t.MeterStartWh, t.StartUtc, t.StartMs);
            TransactionMeterData data = new TransactionMeterData(_settings, begin);
            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (value.Entry == entry && WantedForStop(value))
                {
                    data.Add(value.Sample);
                }
            }

            data.Finish(entry.End != null ? entry.End : Boundary(ReadingContext.TransactionEnd, entry.MeterStopWh, entry.StopUtc, entry.StopMs));
            return data;
        }

        /// <summary>A Begin or End value that knows only the register, for a transaction recorded without one.</summary>
        private static MeterSample Boundary(string context, long registerWh, DateTime utc, long ms)
        {
            MeterSample sample = new MeterSample();
            sample.Context = context;
            sample.Reading.EnergyImportWh = registerWh;
            sample.TimestampUtc = utc;
            sample.TakenMs = ms;
            return sample;
        }
    }
}
