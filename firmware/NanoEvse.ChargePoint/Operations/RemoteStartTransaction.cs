using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>RemoteStartTransaction: the CSMS starts a session for an idTag, on a given connector or any free one.</summary>
    public sealed class RemoteStartTransaction : ICallHandler
    {
        private const int IdTokenLength = 20;
        private readonly ChargingService _charging;

        public RemoteStartTransaction(ChargingService charging)
        {
            _charging = charging;
        }

        public string Action
        {
            get { return "RemoteStartTransaction"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            string idTag = null;
            int connectorId = 0;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "idTag":
                        idTag = payload.ReadString("idTag", IdTokenLength);
                        break;
                    case "connectorId":
                        connectorId = payload.ReadInt("connectorId", 1, int.MaxValue);
                        break;
                    default:
                        // chargingProfile belongs to Smart Charging, which this charger does not offer yet.
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(idTag != null, "idTag");
            return new RemoteStartRequest(connectorId, idTag);
        }

        public void Execute(object request, JsonWriter response)
        {
            RemoteStartRequest start = (RemoteStartRequest)request;
            response.BeginObject();
            response.Property("status", _charging.RemoteStart(start.ConnectorId, start.IdTag) ? "Accepted" : "Rejected");
            response.EndObject();
        }

        private sealed class RemoteStartRequest
        {
            public readonly int ConnectorId;
            public readonly string IdTag;

            public RemoteStartRequest(int connectorId, string idTag)
            {
                ConnectorId = connectorId;
                IdTag = idTag;
            }
        }
    }
}
