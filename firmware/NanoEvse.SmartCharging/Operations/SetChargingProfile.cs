using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.SmartCharging.Operations
{
    /// <summary>SetChargingProfile: installs csChargingProfiles on connectorId (0: the charger as a whole); Accepted or Rejected.</summary>
    public sealed class SetChargingProfile : ICallHandler
    {
        private readonly SmartChargingModule _module;

        public SetChargingProfile(SmartChargingModule module)
        {
            _module = module;
        }

        public string Action
        {
            get { return "SetChargingProfile"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int connectorId = -1;
            ChargingProfile profile = null;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "connectorId":
                        // Errata 3.24/3.39: a connector the charger does not have is a PropertyConstraintViolation.
                        connectorId = payload.ReadInt("connectorId", 0, _module.Connectors);
                        break;
                    case "csChargingProfiles":
                        profile = ChargingProfileReader.Read(payload, "csChargingProfiles");
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(connectorId >= 0, "connectorId");
            JsonReader.Require(profile != null, "csChargingProfiles");
            profile.ConnectorId = connectorId;
            return profile;
        }

        public void Execute(object request, JsonWriter response)
        {
            ChargingProfile profile = (ChargingProfile)request;
            response.BeginObject();
            response.Property("status", _module.Set(profile.ConnectorId, profile));
            response.EndObject();
        }
    }
}
