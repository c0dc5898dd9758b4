using System;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// One connector's meter values. While a transaction runs: Sample.Periodic every MeterValueSampleInterval,
    /// counted from the transaction start. Always: Sample.Clock at every ClockAlignedDataInterval boundary, counted
    /// from midnight UTC and stamped with the boundary; Transaction.Begin and Transaction.End for StopTransaction.
    /// The intervals are read on every poll, so a ChangeConfiguration takes effect at once. A transaction's values
    /// never go back in time (a clock set backwards gives the previous time again), and no clock-aligned value is
    /// taken while the clock is not trusted, since its boundaries would be fiction.
    /// </summary>
    public sealed class MeterSampler
    {
        private const long TicksPerSecond = 10000000L;
        private const long TicksPerDay = 86400L * TicksPerSecond;

        private readonly ConnectorSession _session;
        private readonly MeteringSettings _settings;
        private readonly MeterValuesService _service;
        private readonly IClock _clock;
        private readonly ClockTrust _trust;
        private readonly MeterReading _periodicStart = new MeterReading();
        private readonly MeterReading _alignedStart = new MeterReading();
        private Transaction _transaction;
        private long _periodStartMs;
        private int _alignedSeconds;
        private long _lastBoundaryTicks = -1;

        public MeterSampler(ConnectorSession session, MeteringSettings settings, MeterValuesService service, ClockTrust trust)
        {
            _session = session;
            _settings = settings;
            _service = service;
            _clock = trust.Clock;
            _trust = trust;
        }

        /// <summary>Takes the Transaction.Begin value from the reading that gave meterStart; periods count from now.</summary>
        public MeterSample OnTransactionStarted(Transaction transaction)
        {
            _transaction = transaction;
            _periodStartMs = _clock.MonotonicMs;
            MeterReading reading = _session.LatestReading;
            reading.CopyTo(_periodicStart);
            MeterSample begin = new MeterSample();
            begin.Take(transaction.StartUtc, ReadingContext.TransactionBegin, reading, _session.DeciAmpsOffered, reading);
            begin.TakenMs = transaction.StartMs;
            return begin;
        }

        /// <summary>
        /// Takes the Transaction.End value from the reading that gave meterStop, or null for a transaction whose start
        /// this sampler did not see.
        /// </summary>
        public MeterSample OnTransactionStopped(Transaction transaction, DateTime stopUtc, long stopMs)
        {
            if (transaction != _transaction)
            {
                return null;
            }

            MeterSample end = new MeterSample();
            end.Take(stopUtc, ReadingContext.TransactionEnd, _session.LatestReading, _session.DeciAmpsOffered, _periodicStart);
            end.TakenMs = stopMs;
            _transaction = null;
            return end;
        }

        /// <summary>
        /// A Trigger value read now (TriggerMessage), or null when the meter cannot be read. Its Interval measurands
        /// count from the last value of the series running (periodic in a transaction, else clock-aligned); it starts
        /// no new interval.
        /// </summary>
        public MeterSample TakeTriggered()
        {
            if (!_session.ReadMeterNow())
            {
                return null;
            }

            MeterReading reading = _session.LatestReading;
            MeterReading since = _transaction != null ? _periodicStart : _lastBoundaryTicks >= 0 ? _alignedStart : reading;
            MeterSample sample = new MeterSample();
            sample.Take(_clock.UtcNow, ReadingContext.Trigger, reading, _session.DeciAmpsOffered, since);
            sample.TakenMs = _clock.MonotonicMs;
            return sample;
        }

        public void Poll()
        {
            if (_transaction != null)
            {
                PollPeriodic();
            }

            PollAligned();
        }

        private void PollPeriodic()
        {
            int seconds = _settings.SampleIntervalSeconds;
            if (seconds <= 0)
            {
                return;
            }

            long periodMs = seconds * 1000L;
            long nowMs = _clock.MonotonicMs;
            long dueMs = _periodStartMs + periodMs;
            if (nowMs < dueMs)
            {
                return;
            }

            // Stay on the grid of the transaction start; periods missed (a shorter interval set late) are not made up.
            _periodStartMs = dueMs + (nowMs - dueMs) / periodMs * periodMs;
            if (!_session.ReadMeterNow())
            {
                return;
            }

            MeterSample sample = new MeterSample();
            sample.Take(_transaction.NextEventUtc(_trust), ReadingContext.SamplePeriodic, _session.LatestReading, _session.DeciAmpsOffered, _periodicStart);
            sample.TakenMs = _transaction.LastMs;
            sample.Reading.CopyTo(_periodicStart);
            _service.Deliver(_session.Id, _transaction, sample, _settings.SampledData.Current);
        }

        private void PollAligned()
        {
            int seconds = _settings.AlignedIntervalSeconds;
            if (seconds <= 0 || !_trust.IsTrusted)
            {
                _lastBoundaryTicks = -1;
                return;
            }

            long boundary = Boundary(_clock.UtcNow.Ticks, seconds);
            if (seconds != _alignedSeconds || _lastBoundaryTicks < 0 || boundary < _lastBoundaryTicks)
            {
                // Switched on, changed, or the clock was set back: the first value comes at the next boundary.
                _alignedSeconds = seconds;
                _lastBoundaryTicks = boundary;
                _session.LatestReading.CopyTo(_alignedStart);
                return;
            }

            if (boundary == _lastBoundaryTicks)
            {
                return;
            }

            _lastBoundaryTicks = boundary;
            if (!_session.ReadMeterNow())
            {
                return;
            }

            DateTime stamp = new DateTime(boundary, DateTimeKind.Utc);
            if (_transaction != null)
            {
                stamp = _trust.NotBefore(stamp, ClockTrust.NoLink, _transaction.LastUtc, _transaction.LastMs);
                _transaction.LastUtc = stamp;
                _transaction.LastMs = _clock.MonotonicMs;
            }

            MeterSample sample = new MeterSample();
            sample.Take(stamp, ReadingContext.SampleClock, _session.LatestReading, _session.DeciAmpsOffered, _alignedStart);
            sample.Reading.CopyTo(_alignedStart);
            _service.Deliver(_session.Id, _transaction, sample, _settings.AlignedData.Current);
        }

        /// <summary>The latest interval boundary at or before <paramref name="ticks"/>; intervals restart at every midnight UTC.</summary>
        private static long Boundary(long ticks, int seconds)
        {
            long midnight = ticks - ticks % TicksPerDay;
            long step = seconds * TicksPerSecond;
            return midnight + (ticks - midnight) / step * step;
        }
    }
}
