using System;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// The charger's meter values: one <see cref="MeterSampler"/> per connector. There is one meter per connector
    /// and no main meter, so values are sent per connector and never for connector 0.
    /// </summary>
    public sealed class MeterValuesService
    {
        private readonly MeterSampler[] _samplers;

        /// <param name="sessions">Index 0 is connector 1.</param>
        public MeterValuesService(ConnectorSession[] sessions, ChargerConfiguration config, RpcEndpoint endpoint, ITransactionMessageListener listener, ClockTrust trust, ILog log)
        {
            MeteringSettings settings = new MeteringSettings(config);
            MeterValuesOutbox outbox = new MeterValuesOutbox(endpoint, log);
            _samplers = new MeterSampler[sessions.Length];
            for (int i = 0; i < sessions.Length; i++)
            {
                _samplers[i] = new MeterSampler(sessions[i], settings, outbox, listener, trust);
            }
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

        public void OnTransactionStarted(Transaction transaction)
        {
            Sampler(transaction.ConnectorId).OnTransactionStarted(transaction);
        }

        /// <summary>The transaction's values for StopTransaction.transactionData, or null.</summary>
        public TransactionMeterData OnTransactionStopped(Transaction transaction, DateTime stopUtc, long stopMs)
        {
            return Sampler(transaction.ConnectorId).OnTransactionStopped(transaction, stopUtc, stopMs);
        }
    }
}
