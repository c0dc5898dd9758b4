using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>StopTransaction: reports a session's end, its final meter value and why it ended.</summary>
    public sealed class StopTransaction : OutgoingCall, IStampedCall
    {
        private readonly Transaction _transaction;
        private readonly long _meterStopWh;
        private readonly DateTime _stopUtc;
        private readonly long _stopMs;
        private readonly ITransactionMessageListener _listener;
        private readonly TransactionMeterData _meterData;
        private readonly ClockTrust _trust;
        private IdTagInfo _info;

        /// <param name="stopUtc">The stop by the wall clock, and <paramref name="stopMs"/> by the monotonic one (see <see cref="ClockTrust.Resolve"/>).</param>
        /// <param name="meterData">The transaction's meter values for transactionData, or null for none.</param>
        public StopTransaction(Transaction transaction, long meterStopWh, DateTime stopUtc, long stopMs, ITransactionMessageListener listener, TransactionMeterData meterData, ClockTrust trust)
        {
            _transaction = transaction;
            _meterStopWh = meterStopWh;
            _stopUtc = stopUtc;
            _stopMs = stopMs;
            _listener = listener;
            _meterData = meterData;
            _trust = trust;
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
            // Never before the start, even when the start came from an earlier boot whose clock was not trusted.
            payload.TimestampProperty("timestamp", _trust.NotBefore(_stopUtc, _stopMs, _transaction.StartUtc, _transaction.StartMs));
            payload.Property("transactionId", _transaction.Id);
            payload.Property("reason", _transaction.StopReason);
            if (_meterData != null)
            {
                _meterData.Settle(_trust);
                _meterData.Write(payload);
            }
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
