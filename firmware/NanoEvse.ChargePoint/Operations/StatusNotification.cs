using System;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>StatusNotification: one connector's status, error code and the time it began.</summary>
    public sealed class StatusNotification : OutgoingCall, IStampedCall
    {
        private readonly Connector _connector;
        private readonly string _status;
        private readonly string _errorCode;
        private readonly string _info;
        private readonly DateTime _sinceUtc;
        private readonly long _sinceMs;
        private readonly ClockTrust _trust;

        /// <summary>Snapshots the connector's current status; a later change gets its own notification.</summary>
        public StatusNotification(Connector connector, ClockTrust trust)
        {
            _trust = trust;
            _connector = connector;
            _status = connector.Status;
            _errorCode = connector.ErrorCode;
            _info = connector.Info;
            _sinceUtc = connector.SinceUtc;
            _sinceMs = connector.SinceMs;
        }

        public override string Action
        {
            get { return "StatusNotification"; }
        }

        /// <summary>The connector this notification is about.</summary>
        public Connector Connector
        {
            get { return _connector; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.Property("connectorId", _connector.Id);
            payload.Property("errorCode", _errorCode);
            payload.Property("info", _info);
            payload.Property("status", _status);
            payload.TimestampProperty("timestamp", _trust.Resolve(_sinceUtc, _sinceMs));
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
        }

        /// <summary>Lost on the way: report again. A CALLERROR means the CSMS refused it, so no retry loop.</summary>
        public override void OnFailed(string errorCode, string description)
        {
            if (errorCode == CallFailure.Timeout || errorCode == CallFailure.ConnectionLost || errorCode == CallFailure.QueueFull)
            {
                _connector.ReportAgain();
            }
        }
    }
}
