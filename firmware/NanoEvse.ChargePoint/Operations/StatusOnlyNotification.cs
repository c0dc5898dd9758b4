using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>A notification whose payload is only a status, answered with an empty object: the two file-transfer notifications.</summary>
    public abstract class StatusOnlyNotification : OutgoingCall
    {
        private readonly string _status;

        protected StatusOnlyNotification(string status)
        {
            _status = status;
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.Property("status", _status);
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
    }
}
