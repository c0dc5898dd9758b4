using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>
    /// MeterValues: one meterValue of one connector. Sent for a transaction, it is a transaction message: the
    /// journal sends it in the same order as StartTransaction and StopTransaction and retries it by the same rule.
    /// </summary>
    public sealed class MeterValues : OutgoingCall, IStampedCall
    {
        private readonly int _connectorId;
        private readonly Transaction _transaction;
        private readonly MeterSample _sample;
        private readonly string[] _measurands;
        private readonly ITransactionMessageListener _listener;
        private readonly ClockTrust _trust;

        /// <param name="transaction">The transaction running on the connector when the sample was taken, or null.</param>
        public MeterValues(int connectorId, Transaction transaction, MeterSample sample, string[] measurands, ITransactionMessageListener listener, ClockTrust trust)
        {
            _trust = trust;
            _connectorId = connectorId;
            _transaction = transaction;
            _sample = sample;
            _measurands = measurands;
            _listener = listener;
        }

        /// <summary>The transaction it reports on, or null.</summary>
        public Transaction Transaction
        {
            get { return _transaction; }
        }

        public override string Action
        {
            get { return "MeterValues"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            // Read now, not when sampled: the ordered queue delivered StartTransaction.conf first.
            Write(payload, _connectorId, _transaction != null, _transaction == null ? 0 : _transaction.Id, _sample, _measurands, _trust);
        }

        /// <summary>A MeterValues payload of one sample: also what a triggered MeterValues sends.</summary>
        public static void Write(JsonWriter payload, int connectorId, bool withTransactionId, int transactionId, MeterSample sample, string[] measurands, ClockTrust trust)
        {
            payload.BeginObject();
            payload.Property("connectorId", connectorId);
            if (withTransactionId)
            {
                payload.Property("transactionId", transactionId);
            }

            sample.Settle(trust);
            payload.Name("meterValue");
            payload.BeginArray();
            SampledValueWriter.WriteMeterValue(payload, sample, measurands);
            payload.EndArray();
            payload.EndObject();
        }

        public override void ReadResult(JsonReader payload)
        {
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                payload.SkipValue();
            }
        }

        public override void OnResult()
        {
            if (_transaction != null)
            {
                _listener.OnMeterValuesConfirmed(this);
            }
        }

        /// <summary>Values of a transaction follow the transaction messages' retry rule; others are simply lost.</summary>
        public override void OnFailed(string errorCode, string description)
        {
            if (_transaction != null)
            {
                _listener.OnTransactionMessageFailed(this, errorCode);
            }
        }
    }
}
