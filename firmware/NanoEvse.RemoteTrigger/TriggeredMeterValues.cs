using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>
    /// MeterValues asked for by TriggerMessage (context Trigger). Not a transaction message (spec 3.7 names only
    /// periodic and clock-aligned values): it skips the journal, goes to the queue at once and is not retried.
    /// </summary>
    public sealed class TriggeredMeterValues : OutgoingCall, IStampedCall
    {
        private readonly int _connectorId;
        private readonly Transaction _transaction;
        private readonly MeterSample _sample;
        private readonly string[] _measurands;
        private readonly ClockTrust _trust;

        /// <param name="transaction">The transaction running on the connector, or null.</param>
        public TriggeredMeterValues(int connectorId, Transaction transaction, MeterSample sample, string[] measurands, ClockTrust trust)
        {
            _connectorId = connectorId;
            _transaction = transaction;
            _sample = sample;
            _measurands = measurands;
            _trust = trust;
        }

        public override string Action
        {
            get { return "MeterValues"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            // Read now: StartTransaction.conf may have come since the trigger. Without an id yet there is none to give.
            bool withId = _transaction != null && _transaction.Id != 0;
            MeterValues.Write(payload, _connectorId, withId, withId ? _transaction.Id : 0, _sample, _measurands, _trust);
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
        }
    }
}
