using System;
using System.Collections;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// Everything the CSMS must still learn about transactions, kept in flash (journal.dat) so that a power cut, a
    /// reboot or a crash loses none of it, and each connector's energy register, so that it never goes back.
    /// A start, a stop or a meter value of a transaction is recorded before its message is queued, and the answer
    /// is recorded when it comes (a meter value's with the next write). StartTransaction, MeterValues and
    /// StopTransaction go out one at a time in the order they arose, so each carries the transactionId its
    /// StartTransaction got. At boot the journal stops the transactions that were running (PowerLoss) and sends
    /// again whatever was never answered. A time recorded before the clock was trusted is marked so in flash; once
    /// the clock is trusted the journal is rewritten with real times.
    /// </summary>
    public sealed partial class TransactionJournal
    {
        public const int FormatVersion = 1;

        /// <summary>
        /// Bytes appended after the last rewrite before the file is compacted again, or half the rewritten size when
        /// that is more, so that a journal full of undelivered values is not rewritten for every kilobyte.
        /// </summary>
        public const int GrowthBytes = 1024;

        /// <summary>What a compaction may write at most: the journal's budget (see <see cref="LiveBytes"/>).</summary>
        public const int MaxBytes = 16 * 1024;

        /// <summary>Transactions kept for the CSMS at most; when full, no new transaction starts.</summary>
        public const int MaxTransactions = 40;

        /// <summary>While energy flows and no meter value records the register, it is written at most this often.</summary>
        public const int CheckpointIntervalMs = 5 * 60 * 1000;

        private const int QueueRetryMs = 1000;
        private const string Component = "journal";

        private readonly JournalFile _file;
        private readonly IClock _clock;
        private readonly ClockTrust _trust;
        private readonly ILog _log;
        private readonly ArrayList _transactions = new ArrayList();

        // The meter values still needed, in the order they were taken (see JournaledValue).
        private readonly ArrayList _values = new ArrayList();
        private readonly JournalWriter _writer = new JournalWriter();

        // Per connector id (index 0 unused): the highest register value in flash, the latest time recorded for the
        // connector, and when its register was last written.
        private readonly long[] _floorWh;
        private readonly long[] _knownTicks;
        private readonly long[] _writtenAtMs;
        private RestoredMeter[] _meters = new RestoredMeter[0];
        private RpcEndpoint _endpoint;
        private TransactionMessageRetry _retry;
        private ITransactionMessageListener _listener;
        private OutgoingCall _inFlight;
        private JournaledTransaction _inFlightFor;
        private MeteringSettings _settings;
        private bool _retryDue;
        private long _retryAtMs;
        private int _nextNumber = 1;
        private int _nextOrder;

        // Flash or memory holds a time recorded before the clock was trusted: rewrite once it is.
        private bool _holdsUntrusted;

        /// <summary>Reads the journal; nothing is written or sent before <see cref="Resume"/>.</summary>
        public TransactionJournal(IFileStore files, int connectors, ClockTrust trust, ILog log)
        {
            IClock clock = trust.Clock;
            _file = new JournalFile(files, log);
            _clock = clock;
            _trust = trust;
            _log = log;
            _floorWh = new long[connectors + 1];
            _knownTicks = new long[connectors + 1];
            _writtenAtMs = new long[connectors + 1];
            for (int i = 0; i < _writtenAtMs.Length; i++)
            {
                _writtenAtMs[i] = clock.MonotonicMs;
            }

            Load();
        }

        /// <summary>The file, with its counts of appends, rewrites and bytes written since boot.</summary>
        public JournalFile File
        {
            get { return _file; }
        }

        /// <summary>Transactions the CSMS has not fully heard of yet.</summary>
        public int Count
        {
            get { return _transactions.Count; }
        }

        /// <summary>The register value of <paramref name="connectorId"/> last written to flash: it never reports less.</summary>
        public long FloorWh(int connectorId)
        {
            return connectorId > 0 && connectorId < _floorWh.Length ? _floorWh[connectorId] : 0;
        }

        /// <summary>
        /// The hardware as the core must see it: each meter continues its import register from the value in flash,
        /// since a metering chip may count from zero again after a restart.
        /// </summary>
        public ChargerHardware RestoreMeters(ChargerHardware hardware)
        {
            _meters = new RestoredMeter[_floorWh.Length];
            ConnectorHardware[] connectors = new ConnectorHardware[hardware.Connectors.Length];
            for (int i = 0; i < connectors.Length; i++)
            {
                ConnectorHardware source = hardware.Connectors[i];
                int connectorId = i + 1;
                RestoredMeter meter = new RestoredMeter(source.Meter, connectorId, FloorWh(connectorId), this, _log);
                if (connectorId < _meters.Length)
                {
                    _meters[connectorId] = meter;
                }

                connectors[i] = WithMeter(source, meter);
            }

            return new ChargerHardware(connectors, hardware.Reader);
        }

        /// <summary>
        /// Boot: stops the transactions that were running when the charger went down, with reason PowerLoss and the
        /// restored register as meterStop, then queues what the CSMS has not answered, oldest first.
        /// </summary>
        public void Resume(ChargingService charging, RpcEndpoint endpoint, TransactionMessageRetry retry)
        {
            _endpoint = endpoint;
            _retry = retry;
            _listener = charging;
            _settings = charging.Meters.Settings;
            PruneValues();
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                if (!entry.Stopped)
                {
                    StopInterrupted(entry, charging.Find(entry.Transaction.ConnectorId));
                }
            }

            if (_file.NeedsRewrite)
            {
                Compact();
            }

            UpdateRoom();
            SendNext();
        }

        /// <summary>A session started: recorded with its Transaction.Begin value (or none), then StartTransaction is queued.</summary>
        public void Started(Transaction transaction, MeterSample begin)
        {
            MakeRoom(StartReserveBytes + StopReserveBytes);
            JournaledTransaction entry = new JournaledTransaction(_nextNumber++, transaction);
            entry.StartOrder = _nextOrder++;
            entry.Begin = begin;
            _transactions.Add(entry);
            Written(transaction.ConnectorId, transaction.MeterStartWh, TrustedTicks(transaction.StartUtc, transaction.StartMs));
            BeginRecords();
            WriteStart(entry);
            Commit(false);
            SendNext();
        }

        /// <summary>
        /// A session ended: recorded with its Transaction.End value (or none), then StopTransaction is queued once
        /// everything before it is answered. Its room was kept since the start, so a stop is always recorded.
        /// </summary>
        public void Stopped(Transaction transaction, long meterStopWh, DateTime stopUtc, long stopMs, MeterSample end)
        {
            JournaledTransaction entry = Find(transaction);
            if (entry == null || entry.Stopped)
            {
                _log.Write(LogLevel.Warning, Component, "no journaled session for the stop on connector " + transaction.ConnectorId);
                return;
            }

            entry.End = end;
            Stop(entry, meterStopWh, stopUtc, stopMs);
            SendNext();
        }

        /// <summary>StartTransaction.conf came; the transactionId is in the transaction.</summary>
        public void StartAnswered(StartTransaction request)
        {
            AnswerStart(Settle(request), request.Transaction.Id);
        }

        /// <summary>StopTransaction.conf came.</summary>
        public void StopAnswered(StopTransaction request)
        {
            AnswerStop(Settle(request));
        }

        /// <summary>
        /// A transaction message failed. <see cref="TransactionMessageRetry"/> sends it again, still ahead of every
        /// later one, or gives it up after its last attempt so that it does not hold the later ones back; a
        /// StopTransaction after a given-up StartTransaction carries transactionId -1 (errata 3.18).
        /// </summary>
        public void MessageFailed(OutgoingCall request, string errorCode)
        {
            if (request != _inFlight)
            {
                return;
            }

            if (errorCode == CallFailure.QueueFull)
            {
                Settle(request);
                _retryDue = true;
                _retryAtMs = _clock.MonotonicMs + QueueRetryMs;
                return;
            }

            if (!_retry.Failed(request, errorCode))
            {
                return;
            }

            JournaledTransaction entry = Settle(request);
            if (request is StartTransaction)
            {
                AnswerStart(entry, -1);
            }
            else if (request is StopTransaction)
            {
                AnswerStop(entry);
            }
            else
            {
                AnswerValue(FindValue(request));
            }
        }

        /// <summary>
        /// Sends again a message whose retry is due or that the full queue refused; rewrites the times recorded before
        /// the clock was trusted once it is.
        /// </summary>
        public void Poll(long nowMs)
        {
            _retry.Poll(nowMs);
            if (_holdsUntrusted && _trust.IsTrusted)
            {
                Restamp();
            }

            if (_retryDue && nowMs >= _retryAtMs)
            {
                _retryDue = false;
                SendNext();
            }
        }

        /// <summary>A meter read <paramref name="registerWh"/>: written to flash when it grew and the last write is old enough.</summary>
        internal void OnRegister(int connectorId, long registerWh)
        {
            if (connectorId <= 0 || connectorId >= _floorWh.Length || registerWh <= _floorWh[connectorId]
                || _clock.MonotonicMs - _writtenAtMs[connectorId] < CheckpointIntervalMs)
            {
                return;
            }

            CheckpointRegister(connectorId, registerWh);
        }

        private void CheckpointRegister(int connectorId, long registerWh)
        {
            Written(connectorId, registerWh, _trust.IsTrusted ? _clock.UtcNow.Ticks : 0);
            BeginRecords();
            WriteRegister(connectorId);
            Commit(false);
        }

        private void StopInterrupted(JournaledTransaction entry, ConnectorSession session)
        {
            Transaction transaction = entry.Transaction;
            int connectorId = transaction.ConnectorId;
            long meterStop = transaction.MeterStartWh;
            long register = connectorId < _meters.Length && _meters[connectorId] != null ? _meters[connectorId].ReadRegister() : FloorWh(connectorId);
            if (register > meterStop)
            {
                meterStop = register;
            }

            // Never stop before the last time the journal knew of. Before the clock is trusted the stop is placed
            // later from the monotonic clock, and StopTransaction keeps it after the start.
            DateTime stopUtc = _clock.UtcNow;
            if (_trust.IsTrusted)
            {
                long knownTicks = _trust.Resolve(transaction.StartUtc, transaction.StartMs).Ticks;
                if (connectorId < _knownTicks.Length && _knownTicks[connectorId] > knownTicks)
                {
                    knownTicks = _knownTicks[connectorId];
                }

                stopUtc = stopUtc.Ticks >= knownTicks ? stopUtc : new DateTime(knownTicks, DateTimeKind.Utc);
            }

            transaction.StopReason = StopReason.PowerLoss;
            MeterSample end = new MeterSample();
            end.Context = ReadingContext.TransactionEnd;
            end.Reading.EnergyImportWh = meterStop;
            end.TimestampUtc = stopUtc;
            end.TakenMs = _clock.MonotonicMs;
            entry.End = end;
            _log.Write(LogLevel.Warning, Component, "connector " + connectorId + ": the transaction of " + transaction.IdTag
                + " was running when the charger went down; stopped (PowerLoss) at " + meterStop + " Wh");
            Stop(entry, meterStop, stopUtc, _clock.MonotonicMs);
            if (session != null)
            {
                session.EndInterrupted();
            }
        }

        private void Stop(JournaledTransaction entry, long meterStopWh, DateTime stopUtc, long stopMs)
        {
            entry.Stopped = true;
            entry.MeterStopWh = meterStopWh;
            entry.StopUtc = stopUtc;
            entry.StopMs = stopMs;
            entry.StopOrder = _nextOrder++;
            Written(entry.Transaction.ConnectorId, meterStopWh, TrustedTicks(stopUtc, stopMs));
            BeginRecords();
            WriteStop(entry);
            Commit(false);
        }

        private void AnswerStart(JournaledTransaction entry, int transactionId)
        {
            if (entry != null && !entry.StartAnswered)
            {
                entry.StartAnswered = true;
                entry.Transaction.Id = transactionId;
                BeginRecords();
                WriteStartAnswered(entry);
                Commit(false);
            }

            SendNext();
        }

        private void AnswerStop(JournaledTransaction entry)
        {
            if (entry != null && !entry.StopAnswered)
            {
                entry.StopAnswered = true;
                _transactions.Remove(entry);
                PruneValues();
                BeginRecords();
                WriteStopAnswered(entry);
                Commit(true);
            }

            SendNext();
        }

        /// <summary>The message is no longer in flight; returns the transaction it was for, or null.</summary>
        private JournaledTransaction Settle(OutgoingCall request)
        {
            if (request != _inFlight)
            {
                return FindFor(request);
            }

            JournaledTransaction entry = _inFlightFor;
            _inFlight = null;
            _inFlightFor = null;
            _retry.Settled();
            return entry;
        }

        /// <summary>Queues the oldest unanswered message, unless one is already on its way.</summary>
        private void SendNext()
        {
            if (_inFlight != null || _endpoint == null)
            {
                return;
            }

            JournaledTransaction head = null;
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                if (entry.HasPendingMessage && (head == null || entry.PendingOrder < head.PendingOrder))
                {
                    head = entry;
                }
            }

            JournaledValue value = FirstUndelivered();
            if (value != null && (head == null || value.Order < head.PendingOrder))
            {
                value.Call = new MeterValues(value.Entry.Transaction.ConnectorId, value.Entry.Transaction, value.Sample, value.Measurands, _listener, _trust);
                _inFlight = value.Call;
                _endpoint.Enqueue(_inFlight);
                return;
            }

            if (head == null)
            {
                return;
            }

            _inFlightFor = head;
            _inFlight = head.StartAnswered
                ? (OutgoingCall)new StopTransaction(head.Transaction, head.MeterStopWh, head.StopUtc, head.StopMs, _listener, MeterDataOf(head), _trust)
                : new StartTransaction(head.Transaction, _listener, _trust);
            _endpoint.Enqueue(_inFlight);
        }

        /// <summary>The clock became trusted: every time is now known on the real timeline, so flash gets them all.</summary>
        private void Restamp()
        {
            _holdsUntrusted = false;
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                Transaction t = entry.Transaction;
                Written(t.ConnectorId, t.MeterStartWh, TrustedTicks(t.StartUtc, t.StartMs));
                if (entry.Stopped)
                {
                    Written(t.ConnectorId, entry.MeterStopWh, TrustedTicks(entry.StopUtc, entry.StopMs));
                }
            }

            Compact();
        }

        /// <summary>The ticks of a time on the real timeline, or 0 while the clock is not trusted.</summary>
        private long TrustedTicks(DateTime utc, long ms)
        {
            return _trust.IsTrusted ? _trust.Resolve(utc, ms).Ticks : 0;
        }

        private JournaledTransaction Find(Transaction transaction)
        {
            for (int i = 0; i < _transactions.Count; i++)
            {
                JournaledTransaction entry = (JournaledTransaction)_transactions[i];
                if (entry.Transaction == transaction)
                {
                    return entry;
                }
            }

            return null;
        }

        private JournaledTransaction FindFor(OutgoingCall request)
        {
            StartTransaction start = request as StartTransaction;
            if (start != null)
            {
                return Find(start.Transaction);
            }

            StopTransaction stop = request as StopTransaction;
            return stop == null ? null : Find(stop.Transaction);
        }

        /// <summary>A copy of every field of <paramref name="source"/> but the meter; keep it in step with ConnectorHardware.</summary>
        private static ConnectorHardware WithMeter(ConnectorHardware source, IEnergyMeter meter)
        {
            ConnectorHardware copy = new ConnectorHardware();
            copy.Pilot = source.Pilot;
            copy.Contactor = source.Contactor;
            copy.Meter = meter;
            copy.ResidualCurrent = source.ResidualCurrent;
            copy.Lock = source.Lock;
            copy.Plug = source.Plug;
            copy.MaxAmps = source.MaxAmps;
            return copy;
        }
    }
}
