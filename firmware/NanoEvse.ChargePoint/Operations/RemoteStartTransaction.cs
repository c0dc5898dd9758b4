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
            object profile = null;
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
                    case "chargingProfile":
                        profile = ReadProfile(payload);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(idTag != null, "idTag");
            return new RemoteStartRequest(connectorId, idTag, profile);
        }

        public void Execute(object request, JsonWriter response)
        {
            RemoteStartRequest start = (RemoteStartRequest)request;
            IRemoteStartProfile profiles = _charging.RemoteStartProfile;
            bool accepted = (start.Profile == null || profiles.Admits(start.Profile)) && _charging.RemoteStart(start.ConnectorId, start.IdTag);
            if (accepted && start.Profile != null)
            {
                profiles.Starting(start.ConnectorId, start.IdTag, start.Profile);
            }

            response.BeginObject();
            response.Property("status", accepted ? "Accepted" : "Rejected");
            response.EndObject();
        }

        /// <summary>
        /// The Smart Charging module reads the profile in full. Without it the charger offers no Smart Charging, so a
        /// profile it could not follow is still no reason to refuse the start: it must be an object, and is ignored.
        /// </summary>
        private object ReadProfile(JsonReader payload)
        {
            if (_charging.RemoteStartProfile != null)
            {
                return _charging.RemoteStartProfile.Read(payload);
            }

            payload.ReadObjectStart("chargingProfile", CallErrorCode.TypeConstraintViolation);
            while (payload.NextProperty())
            {
                payload.SkipValue();
            }

            return null;
        }

        private sealed class RemoteStartRequest
        {
            public readonly int ConnectorId;
            public readonly string IdTag;
            public readonly object Profile;

            public RemoteStartRequest(int connectorId, string idTag, object profile)
            {
                ConnectorId = connectorId;
                IdTag = idTag;
                Profile = profile;
            }
        }
    }
}
