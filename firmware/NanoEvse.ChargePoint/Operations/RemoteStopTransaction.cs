using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>RemoteStopTransaction: the CSMS ends a running transaction by its id.</summary>
    public sealed class RemoteStopTransaction : ICallHandler
    {
        private readonly ChargingService _charging;

        public RemoteStopTransaction(ChargingService charging)
        {
            _charging = charging;
        }

        public string Action
        {
            get { return "RemoteStopTransaction"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            bool hasId = false;
            int transactionId = 0;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value == "transactionId")
                {
                    transactionId = payload.ReadInt("transactionId");
                    hasId = true;
                }
                else
                {
                    payload.SkipValue();
                }
            }

            JsonReader.Require(hasId, "transactionId");
            return transactionId;
        }

        public void Execute(object request, JsonWriter response)
        {
            ConnectorSession session = _charging.FindTransaction((int)request);
            bool stopped = session != null && session.Stop(StopReason.Remote);
            response.BeginObject();
            response.Property("status", stopped ? "Accepted" : "Rejected");
            response.EndObject();
        }
    }
}
