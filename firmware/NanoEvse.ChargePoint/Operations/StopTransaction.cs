using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>StopTransaction: reports a session's end, its final meter value and why it ended.</summary>
    public sealed class StopTransaction : OutgoingCall
    {
        private readonly Transaction _transaction;
        private readonly long _meterStopWh;
        private readonly DateTime _stopUtc;
        private readonly ITransactionMessageListener _listener;
        private IdTagInfo _info;

        public StopTransaction(Transaction transaction, long meterStopWh, DateTime stopUtc, ITransactionMessageListener listener)
        {
            _transaction = transaction;
            _meterStopWh = meterStopWh;
            _stopUtc = stopUtc;
            _listener = listener;
        }

        public Transaction Transaction
        {
            get { return _transaction; }
        }

        public override string Action
        {
            get { return "StopTransaction"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.Property("idTag", _transaction.StopIdTag);
            payload.Property("meterStop", _meterStopWh);
            payload.TimestampProperty("timestamp", _stopUtc);
            payload.Property("transactionId", _transaction.Id);
            payload.Property("reason", _transaction.StopReason);
            payload.EndObject();
        }

        public override void ReadResult(JsonReader payload)
        {
            _info = IdTagInfo.ReadFromPayload(payload);
        }

        public override void OnResult()
        {
            _listener.OnStopConfirmed(this, _info);
        }

        public override void OnFailed(string errorCode, string description)
        {
            _listener.OnTransactionMessageFailed(this, errorCode);
        }
    }
}
