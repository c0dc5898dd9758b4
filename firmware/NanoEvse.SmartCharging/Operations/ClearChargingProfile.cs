using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.SmartCharging.Operations
{
    /// <summary>ClearChargingProfile: clears the profiles matching every criterion given (none given: all); Accepted, or Unknown when none matched.</summary>
    public sealed class ClearChargingProfile : ICallHandler
    {
        private readonly SmartChargingModule _module;

        public ClearChargingProfile(SmartChargingModule module)
        {
            _module = module;
        }

        public string Action
        {
            get { return "ClearChargingProfile"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int[] criteria = new int[] { ProfileStore.Any, ProfileStore.Any, ProfileStore.Any, ProfileStore.Any };
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "id":
                        criteria[0] = payload.ReadInt("id");
                        break;
                    case "connectorId":
                        criteria[1] = payload.ReadInt("connectorId", 0, int.MaxValue);
                        break;
                    case "chargingProfilePurpose":
                        criteria[2] = payload.ReadEnum("chargingProfilePurpose", ProfilePurpose.Names);
                        break;
                    case "stackLevel":
                        criteria[3] = payload.ReadInt("stackLevel", 0, int.MaxValue);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            return criteria;
        }

        public void Execute(object request, JsonWriter response)
        {
            int[] c = (int[])request;
            response.BeginObject();
            response.Property("status", _module.Clear(c[0], c[1], c[2], c[3]) ? "Accepted" : "Unknown");
            response.EndObject();
        }
    }
}
