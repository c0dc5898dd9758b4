using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>StartTransaction: reports a session's start and learns its transaction id and the tag's status.</summary>
    public sealed class StartTransaction : OutgoingCall, IStampedCall
    {
        private readonly Transaction _transaction;
        private readonly ITransactionMessageListener _listener;
        private readonly ClockTrust _trust;
        private IdTagInfo _info;
        private int _transactionId;

        public StartTransaction(Transaction transaction, ITransactionMessageListener listener, ClockTrust trust)
        {
            _transaction = transaction;
            _listener = listener;
            _trust = trust;
        }

        public Transaction Transaction
        {
            get { return _transaction; }
        }

        public override string Action
        {
            get { return "StartTransaction"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.Property("connectorId", _transaction.ConnectorId);
            payload.Property("idTag", _transaction.IdTag);
            payload.Property("meterStart", _transaction.MeterStartWh);
            if (_transaction.ReservationId != Transaction.NoReservation)
            {
                payload.Property("reservationId", _transaction.ReservationId);
            }

            payload.TimestampProperty("timestamp", _trust.Resolve(_transaction.StartUtc, _transaction.StartMs));
            payload.EndObject();
        }

        public override void ReadResult(JsonReader payload)
        {
            _info = null;
            bool hasId = false;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "idTagInfo":
                        _info = IdTagInfo.Read(payload, "idTagInfo");
                        break;
                    case "transactionId":
                        _transactionId = payload.ReadInt("transactionId");
                        hasId = true;
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(_info != null, "idTagInfo");
            JsonReader.Require(hasId, "transactionId");
        }

        public override void OnResult()
        {
            _transaction.Id = _transactionId;
            _transaction.ParentIdTag = _info.ParentIdTag;
            _listener.OnStartConfirmed(this, _info);
        }

        public override void OnFailed(string errorCode, string description)
        {
            _listener.OnTransactionMessageFailed(this, errorCode);
        }
    }
}
