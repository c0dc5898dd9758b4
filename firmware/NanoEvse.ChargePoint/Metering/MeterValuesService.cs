using System;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Journal;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// The charger's meter values: one <see cref="MeterSampler"/> per connector. There is one meter per connector
    /// and no main meter, so values are sent per connector and never for connector 0. A transaction's values go
    /// through the journal, in flash and in order with StartTransaction and StopTransaction; the others are sent
    /// from RAM once their register is in flash.
    /// </summary>
    public sealed class MeterValuesService
    {
        private readonly MeterSampler[] _samplers;
        private readonly MeterValuesOutbox _outbox;
        private readonly ITransactionMessageListener _listener;
        private readonly ClockTrust _trust;

        /// <param name="sessions">Index 0 is connector 1.</param>
        public MeterValuesService(ConnectorSession[] sessions, ChargerConfiguration config, RpcEndpoint endpoint, ITransactionMessageListener listener, ClockTrust trust, ILog log)
        {
            Settings = new MeteringSettings(config);
            _outbox = new MeterValuesOutbox(endpoint, log);
            _listener = listener;
            _trust = trust;
            _samplers = new MeterSampler[sessions.Length];
            for (int i = 0; i < sessions.Length; i++)
            {
                _samplers[i] = new MeterSampler(sessions[i], Settings, this, trust);
            }
        }

        public MeteringSettings Settings { get; private set; }

        /// <summary>Set before the first poll (see ChargingService.Resume).</summary>
        public TransactionJournal Journal { get; set; }

        /// <summary>A value a sampler took, for <paramref name="transaction"/> or none.</summary>
        internal void Deliver(int connectorId, Transaction transaction, MeterSample sample, string[] measurands)
        {
            if (transaction != null)
            {
                Journal.Record(transaction, sample, measurands);
                return;
            }

            Journal.MakeDurable(connectorId, sample.Reading.EnergyImportWh);
            _outbox.Send(new MeterValues(connectorId, null, sample, measurands, _listener, _trust));
        }

        /// <summary>A Trigger value of connector <paramref name="connectorId"/> (1..N) read now, or null when its meter cannot be read.</summary>
        public MeterSample TakeTriggered(int connectorId)
        {
            return Sampler(connectorId).TakeTriggered();
        }

        /// <summary>The sampler of connector <paramref name="connectorId"/> (1..N).</summary>
        private MeterSampler Sampler(int connectorId)
        {
            return _samplers[connectorId - 1];
        }

        /// <summary>Runs after the sessions' poll, so a transaction started or stopped in it is already seen.</summary>
        public void Poll()
        {
            for (int i = 0; i < _samplers.Length; i++)
            {
                _samplers[i].Poll();
            }
        }

        /// <summary>The transaction's Transaction.Begin value.</summary>
        public MeterSample OnTransactionStarted(Transaction transaction)
        {
            return Sampler(transaction.ConnectorId).OnTransactionStarted(transaction);
        }

        /// <summary>The transaction's Transaction.End value, or null.</summary>
        public MeterSample OnTransactionStopped(Transaction transaction, DateTime stopUtc, long stopMs)
        {
            return Sampler(transaction.ConnectorId).OnTransactionStopped(transaction, stopUtc, stopMs);
        }
    }
}
