using System;
using System.IO;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>Reading the journal at boot, and writing its records: appended one by one, or compacted into a rewrite.</summary>
    public sealed partial class TransactionJournal
    {
        /// <summary>Marks the reservation field after a Started record's idTag (the untrusted-time mark is a 0 byte).</summary>
        private const int ReservationField = 1;

        private void Load()
        {
            byte[] data = _file.Load(FormatVersion);
            if (data == null || data.Length == 0)
            {
                return;
            }

            JournalReader reader = new JournalReader(data);
            if (!ReadHeader(reader))
            {
                _file.NeedsRewrite = true;
                return;
            }

            try
            {
                while (reader.Next())
                {
                    Apply(reader);
                }
            }
            catch (IOException e)
            {
                _log.Write(LogLevel.Error, Component, JournalFile.Name + " holds a malformed record (" + e.Message + "); the records after it are ignored");
                _file.NeedsRewrite = true;
            }

            if (reader.Torn)
            {
                // An append cut short by a power cut: what it was to record never happened as far as the CSMS knows.
                _log.Write(LogLevel.Info, Component, "ignoring a torn last record of " + JournalFile.Name);
                _file.NeedsRewrite = true;
            }
            else if (reader.Damaged)
            {
                _log.Write(LogLevel.Error, Component, JournalFile.Name + " is damaged at byte " + reader.WholeBytes + "; the "
                    + (data.Length - reader.WholeBytes) + " bytes from there are ignored");
                _file.NeedsRewrite = true;
            }

            DropFinished();
            PruneValues();
            PlaceUntrustedTimes();
            UpdateRoom();
            if (_transactions.Count > 0)
            {
                _log.Write(LogLevel.Info, Component, _transactions.Count + " transaction(s) still to report to the CSMS");
            }
        }

        private bool ReadHeader(JournalReader reader)
        {
            if (!reader.Next())
            {
                if (reader.Torn)
                {
                    _log.Write(LogLevel.Info, Component, "ignoring a torn first record of " + JournalFile.Name);
                }
                else
                {
                    _log.Write(LogLevel.Error, Component, JournalFile.Name + " is unreadable (damaged header); starting a new journal");
                }

                return false;
            }

            int version = reader.Kind == JournalRecord.Header ? reader.Byte() : 0;
            if (version == 0 || version > FormatVersion)
            {
                _log.Write(LogLevel.Error, Component, JournalFile.Name + " is unreadable (no journal header of a version this firmware reads); starting a new journal");
                return false;
            }

            return true;
        }

        private void Apply(JournalReader reader)
        {
            JournaledTransaction entry;
            int sequence;
            switch (reader.Kind)
            {
                case JournalRecord.Register:
                    int connectorId = reader.Byte();
                    long registerWh = reader.Long();
                    Written(connectorId, registerWh, reader.Long());
                    return;
                case JournalRecord.Started:
                    int number = reader.Int();
                    int connector = reader.Byte();
                    long meterStart = reader.Long();
                    long startTicks = reader.Long();
                    string idTag = reader.String();
                    bool startTrusted = true;
                    int reservationId = ReadStartedTail(reader, ref startTrusted);
                    Written(connector, meterStart, startTrusted ? startTicks : 0);
                    if (number >= _nextNumber)
                    {
                        _nextNumber = number + 1;
                    }

                    if (Find(number) == null)
                    {
                        entry = new JournaledTransaction(number, new Transaction(connector, idTag, meterStart, new DateTime(startTicks, DateTimeKind.Utc)));
                        entry.Transaction.ReservationId = reservationId;
                        entry.StartOrder = _nextOrder++;
                        entry.StartUntrusted = !startTrusted;
                        entry.StartBytes = reader.RecordBytes;
                        _transactions.Add(entry);
                    }

                    return;
                case JournalRecord.StartAnswered:
                    entry = Find(reader.Int());
                    int transactionId = reader.Int();
                    if (entry != null)
                    {
                        entry.StartAnswered = true;
                        entry.Transaction.Id = transactionId;
                    }

                    return;
                case JournalRecord.Stopped:
                    entry = Find(reader.Int());
                    long meterStop = reader.Long();
                    long stopTicks = reader.Long();
                    string reason = reader.String();
                    string stopIdTag = reader.String();
                    bool stopTrusted = reader.AtEnd;
                    if (entry != null && !entry.Stopped)
                    {
                        entry.Stopped = true;
                        entry.MeterStopWh = meterStop;
                        entry.StopUtc = new DateTime(stopTicks, DateTimeKind.Utc);
                        entry.StopMs = ClockTrust.NoLink;
                        entry.StopUntrusted = !stopTrusted;
                        entry.StopOrder = _nextOrder++;
                        entry.Transaction.StopReason = reason;
                        entry.Transaction.StopIdTag = stopIdTag;
                        entry.StopBytes = reader.RecordBytes;
                        Written(entry.Transaction.ConnectorId, meterStop, stopTrusted ? stopTicks : 0);
                    }

                    return;
                case JournalRecord.Reading:
                    ApplyReading(reader);
                    return;
                case JournalRecord.Delivered:
                    sequence = reader.Int();
                    _deliveredSequence = sequence > _deliveredSequence ? sequence : _deliveredSequence;
                    _deliveredWritten = _deliveredSequence;
                    for (int i = 0; i < _values.Count; i++)
                    {
                        JournaledValue value = (JournaledValue)_values[i];
                        value.Delivered |= value.Sequence <= sequence;
                    }

                    FollowSequence(sequence);
                    return;
                case JournalRecord.Dropped:
                    sequence = reader.Int();
                    for (int i = _values.Count - 1; i >= 0; i--)
                    {
                        if (((JournaledValue)_values[i]).Sequence == sequence)
                        {
                            _values.RemoveAt(i);
                        }
                    }

                    FollowSequence(sequence);
                    return;
                case JournalRecord.StopAnswered:
                    entry = Find(reader.Int());
                    if (entry != null)
                    {
                        entry.StopAnswered = true;
                    }

                    return;
                default:
                    // A header in the middle, or a kind this version does not know: nothing to apply.
                    return;
            }
        }

        /// <summary>A meter value, or the Begin or End value of a transaction (sequence 0).</summary>
        private void ApplyReading(JournalReader reader)
        {
            int bytes = reader.RecordBytes;
            JournaledTransaction entry = Find(reader.Int());
            int sequence = reader.Int();
            MeterSample sample = new MeterSample();
            int flags;
            string[] measurands = ReadingRecord.Read(reader, sample, out flags);
            bool trusted = (flags & ReadingRecord.Untrusted) == 0;
            FollowSequence(sequence);
            if (entry == null)
            {
                return;
            }

            Written(entry.Transaction.ConnectorId, sample.Reading.EnergyImportWh, trusted ? sample.TimestampUtc.Ticks : 0);
            if (sequence == 0)
            {
                // Begin and End stand at the start and stop times, placed with them.
                if (sample.Context == ReadingContext.TransactionEnd)
                {
                    entry.End = sample;
                    entry.StopBytes += bytes;
                }
                else
                {
                    entry.Begin = sample;
                    entry.StartBytes += bytes;
                }

                return;
            }

            JournaledValue value = new JournaledValue(sequence, entry, sample, measurands);
            value.Order = _nextOrder++;
            value.Bytes = bytes;
            value.Untrusted = !trusted;
            value.Delivered = sequence <= _deliveredSequence;
            _values.Add(value);
        }

        private void FollowSequence(int sequence)
        {
            if (sequence >= _nextSequence)
            {
                _nextSequence = sequence + 1;
            }
        }

        /// <summary>
        /// Times an earlier boot recorded before its clock was trusted have no link to any clock now. Such a time
        /// becomes the latest trusted time the journal knew (it came after that); when the journal knew none, the
        /// moment this boot began (it came before that), placed once this boot's clock is trusted.
        /// </summary>
        private void PlaceUntrustedTimes()
        {
            long floorTicks = 0;
            for (int i = 1; i < _knownTicks.Length; i++)
            {
                if (_knownTicks[i] > floorTicks)
                {
                    floorTicks = _knownTicks[i];
                }
            }

            DateTime floor = new DateTime(floorTicks, DateTimeKind.Utc);
            long link = floorTicks > 0 ? ClockTrust.NoLink : 0;
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                if (entry.StartUntrusted)
                {
                    entry.Transaction.StartUtc = floor;
                    entry.Transaction.StartMs = link;
                    _holdsUntrusted = true;
                }

                if (entry.StopUntrusted)
                {
                    entry.StopUtc = floor;
                    entry.StopMs = link;
                    _holdsUntrusted = true;
                }

                PlaceAt(entry.Begin, entry.Transaction.StartUtc, entry.Transaction.StartMs);
                if (entry.Stopped)
                {
                    PlaceAt(entry.End, entry.StopUtc, entry.StopMs);
                }
            }

            for (int i = 0; i < _values.Count; i++)
            {
                JournaledValue value = (JournaledValue)_values[i];
                if (value.Untrusted)
                {
                    PlaceAt(value.Sample, floor, link);
                    value.Untrusted = false;
                    _holdsUntrusted = true;
                }
            }
        }

        private static void PlaceAt(MeterSample sample, DateTime utc, long ms)
        {
            if (sample != null)
            {
                sample.TimestampUtc = utc;
                sample.TakenMs = ms;
            }
        }

        private void DropFinished()
        {
            for (int i = _transactions.Count - 1; i >= 0; i--)
            {
                if (((JournaledTransaction)_transactions[i]).Finished)
                {
                    _transactions.RemoveAt(i);
                    _file.NeedsRewrite = true;
                }
            }
        }

        private JournaledTransaction Find(int number)
        {
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                if (entry.Number == number)
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>A value of the connector's register, and a time, that the flash holds (or is about to).</summary>
        private void Written(int connectorId, long registerWh, long ticks)
        {
            if (connectorId <= 0 || connectorId >= _floorWh.Length)
            {
                return;
            }

            if (registerWh > _floorWh[connectorId])
            {
                _floorWh[connectorId] = registerWh;
            }

            if (ticks > _knownTicks[connectorId])
            {
                _knownTicks[connectorId] = ticks;
            }

            _writtenAtMs[connectorId] = _clock.MonotonicMs;
        }

        /// <summary>
        /// Starts the bytes of one write; a file that does not exist yet gets its header in the same append. Meter
        /// values answered or dropped since the last write are marked so first.
        /// </summary>
        private void BeginRecords()
        {
            _writer.Clear();
            if (_file.Length == 0)
            {
                _writer.Header(FormatVersion);
                _writer.FinishHeader();
            }

            if (_deliveredSequence > _deliveredWritten)
            {
                WriteSequence(JournalRecord.Delivered, _deliveredSequence);
            }

            for (int i = 0; i < _droppedSequences.Count; i++)
            {
                WriteSequence(JournalRecord.Dropped, (int)_droppedSequences[i]);
            }
        }

        /// <summary>
        /// Stores the records in the writer: appended, or the whole journal is compacted instead when the file needs
        /// a rewrite, has grown <see cref="GrowthBytes"/> since the last one, or (<paramref name="compactWhenIdle"/>)
        /// no transaction is left in it.
        /// </summary>
        private void Commit(bool compactWhenIdle)
        {
            bool idle = compactWhenIdle && _transactions.Count == 0;
            int growth = _file.RewrittenLength / 2 > GrowthBytes ? _file.RewrittenLength / 2 : GrowthBytes;
            if (_file.NeedsRewrite || idle || _file.Length + _writer.Length > _file.RewrittenLength + growth)
            {
                Compact();
            }
            else if (_file.Append(_writer.Buffer, _writer.Length))
            {
                Flushed();
            }

            UpdateRoom();
        }

        /// <summary>The delivery and drop marks are in flash now.</summary>
        private void Flushed()
        {
            _deliveredWritten = _deliveredSequence;
            _droppedSequences.Clear();
        }

        /// <summary>Rewrites the journal with only what is still needed: the register floors and the unfinished transactions, in order.</summary>
        private void Compact()
        {
            _writer.Clear();
            _writer.Header(FormatVersion);
            for (int connectorId = 1; connectorId < _floorWh.Length; connectorId++)
            {
                if (_floorWh[connectorId] > 0 || _knownTicks[connectorId] > 0)
                {
                    WriteRegister(connectorId);
                }
            }

            int after = -1;
            int valueIndex = 0;
            bool delivered = false;
            bool stop;
            JournaledTransaction next;
            do
            {
                next = NextEvent(after, out stop);
                int nextOrder = next == null ? int.MaxValue : (stop ? next.StopOrder : next.StartOrder);
                for (; valueIndex < _values.Count && ((JournaledValue)_values[valueIndex]).Order < nextOrder; valueIndex++)
                {
                    JournaledValue value = (JournaledValue)_values[valueIndex];
                    WriteValue(value);
                    delivered |= value.Delivered;
                }

                if (next == null)
                {
                    break;
                }

                if (stop)
                {
                    WriteStop(next);
                    after = next.StopOrder;
                    continue;
                }

                WriteStart(next);
                if (next.StartAnswered)
                {
                    WriteStartAnswered(next);
                }

                after = next.StartOrder;
            }
            while (true);

            if (delivered)
            {
                WriteSequence(JournalRecord.Delivered, _deliveredSequence);
            }

            _writer.FinishHeader();
            if (_file.Rewrite(_writer.Buffer, _writer.Length))
            {
                Flushed();
            }
        }

        /// <summary>The start or stop (<paramref name="stop"/>) that came first after position <paramref name="after"/>, or null.</summary>
        private JournaledTransaction NextEvent(int after, out bool stop)
        {
            JournaledTransaction next = null;
            int best = int.MaxValue;
            stop = false;
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                if (entry.StartOrder > after && entry.StartOrder < best)
                {
                    next = entry;
                    best = entry.StartOrder;
                    stop = false;
                }

                if (entry.Stopped && entry.StopOrder > after && entry.StopOrder < best)
                {
                    next = entry;
                    best = entry.StopOrder;
                    stop = true;
                }
            }

            return next;
        }

        private void WriteRegister(int connectorId)
        {
            _writer.Begin(JournalRecord.Register);
            _writer.Byte(connectorId);
            _writer.Long(_floorWh[connectorId]);
            _writer.Long(_knownTicks[connectorId]);
            _writer.End();
        }

        /// <summary>Started, then the Begin value when there is one; their size is kept.</summary>
        private void WriteStart(JournaledTransaction entry)
        {
            int from = _writer.Length;
            WriteStarted(entry);
            WriteBoundary(entry, entry.Begin);
            entry.StartBytes = _writer.Length - from;
        }

        /// <summary>Stopped, then the End value when there is one; their size is kept.</summary>
        private void WriteStop(JournaledTransaction entry)
        {
            int from = _writer.Length;
            WriteStopped(entry);
            WriteBoundary(entry, entry.End);
            entry.StopBytes = _writer.Length - from;
        }

        private void WriteBoundary(JournaledTransaction entry, MeterSample sample)
        {
            if (sample != null)
            {
                WriteReading(entry, 0, sample, null);
            }
        }

        private void WriteValue(JournaledValue value)
        {
            int from = _writer.Length;
            WriteReading(value.Entry, value.Sequence, value.Sample, value.Measurands);
            value.Bytes = _writer.Length - from;
        }

        private void WriteReading(JournaledTransaction entry, int sequence, MeterSample sample, string[] measurands)
        {
            _writer.Begin(JournalRecord.Reading);
            _writer.Int(entry.Number);
            _writer.Int(sequence);
            ReadingRecord.Write(_writer, sample, measurands, TrustedOrRecorded(sample.TimestampUtc, sample.TakenMs), !_trust.IsTrusted);
            _holdsUntrusted |= !_trust.IsTrusted;
            _writer.End();
        }

        private void WriteSequence(int kind, int sequence)
        {
            _writer.Begin(kind);
            _writer.Int(sequence);
            _writer.End();
        }

        private void WriteStarted(JournaledTransaction entry)
        {
            Transaction transaction = entry.Transaction;
            _writer.Begin(JournalRecord.Started);
            _writer.Int(entry.Number);
            _writer.Byte(transaction.ConnectorId);
            _writer.Long(transaction.MeterStartWh);
            WriteTime(transaction.StartUtc, transaction.StartMs, transaction.IdTag);
            if (transaction.ReservationId != Transaction.NoReservation)
            {
                _writer.Byte(ReservationField);
                _writer.Int(transaction.ReservationId);
            }

            _writer.End();
        }

        /// <summary>
        /// The optional fields after a Started record's idTag: the untrusted-time mark (a 0 byte), then the
        /// reservation (its field byte and id). A version-1 reader without them takes any trailing byte for the mark.
        /// </summary>
        private static int ReadStartedTail(JournalReader reader, ref bool trusted)
        {
            int reservationId = Transaction.NoReservation;
            while (!reader.AtEnd)
            {
                int field = reader.Byte();
                if (field == ReservationField)
                {
                    reservationId = reader.Int();
                }
                else
                {
                    trusted = false;
                }
            }

            return reservationId;
        }

        private void WriteTime(DateTime utc, long ms, string idTag)
        {
            _writer.Long(TrustedOrRecorded(utc, ms));
            _writer.String(idTag);
            MarkIfUntrusted();
        }

        private long TrustedOrRecorded(DateTime utc, long ms)
        {
            return _trust.IsTrusted ? _trust.Resolve(utc, ms).Ticks : utc.Ticks;
        }

        /// <summary>A time recorded before the clock was trusted ends its record with one 0 byte; a record without it (older firmware too) holds a real time.</summary>
        private void MarkIfUntrusted()
        {
            if (!_trust.IsTrusted)
            {
                _writer.Byte(0);
                _holdsUntrusted = true;
            }
        }

        private void WriteStartAnswered(JournaledTransaction entry)
        {
            _writer.Begin(JournalRecord.StartAnswered);
            _writer.Int(entry.Number);
            _writer.Int(entry.Transaction.Id);
            _writer.End();
        }

        private void WriteStopped(JournaledTransaction entry)
        {
            _writer.Begin(JournalRecord.Stopped);
            _writer.Int(entry.Number);
            _writer.Long(entry.MeterStopWh);
            _writer.Long(TrustedOrRecorded(entry.StopUtc, entry.StopMs));
            _writer.String(entry.Transaction.StopReason);
            _writer.String(entry.Transaction.StopIdTag);
            MarkIfUntrusted();
            _writer.End();
        }

        private void WriteStopAnswered(JournaledTransaction entry)
        {
            _writer.Begin(JournalRecord.StopAnswered);
            _writer.Int(entry.Number);
            _writer.End();
        }
    }
}
