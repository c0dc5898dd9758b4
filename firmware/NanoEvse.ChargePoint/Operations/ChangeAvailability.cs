using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>ChangeAvailability: makes one connector, or with connectorId 0 the charger and every connector, (in)operative.</summary>
    public sealed class ChangeAvailability : ICallHandler
    {
        private static readonly string[] Types = new string[] { "Inoperative", "Operative" };
        private const int Operative = 1;
        private readonly Availability _availability;

        public ChangeAvailability(Availability availability)
        {
            _availability = availability;
        }

        public string Action
        {
            get { return "ChangeAvailability"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int connectorId = -1;
            int type = -1;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "connectorId":
                        connectorId = payload.ReadInt("connectorId", 0, int.MaxValue);
                        break;
                    case "type":
                        type = payload.ReadEnum("type", Types);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(connectorId >= 0, "connectorId");
            JsonReader.Require(type >= 0, "type");
            return new int[] { connectorId, type };
        }

        public void Execute(object request, JsonWriter response)
        {
            int[] change = (int[])request;
            response.BeginObject();
            response.Property("status", _availability.Change(change[0], change[1] == Operative));
            response.EndObject();
        }
    }
}
