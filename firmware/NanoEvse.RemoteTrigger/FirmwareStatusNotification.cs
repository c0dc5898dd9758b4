using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>FirmwareStatusNotification: where a firmware update stands (Idle when none runs).</summary>
    public sealed class FirmwareStatusNotification : OutgoingCall
    {
        private readonly string _status;

        public FirmwareStatusNotification(string status)
        {
            _status = status;
        }

        public override string Action
        {
            get { return "FirmwareStatusNotification"; }
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
