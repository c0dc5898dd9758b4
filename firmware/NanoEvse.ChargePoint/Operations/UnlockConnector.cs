using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>
    /// UnlockConnector: stops the connector's transaction (UnlockCommand) and opens its socket lock. The answer waits
    /// for the lock's feedback, up to the lock's settle time: Unlocked once it reports open, UnlockFailed if it
    /// never does. An unknown connector and a fixed cable are NotSupported (errata: UnlockFailed is only for a
    /// lock that really failed).
    /// </summary>
    public sealed class UnlockConnector : IDeferredCallHandler
    {
        private const string Unlocked = "Unlocked";
        private const string UnlockFailed = "UnlockFailed";
        private const string NotSupported = "NotSupported";
        private readonly ChargingService _charging;

        public UnlockConnector(ChargingService charging)
        {
            _charging = charging;
        }

        public string Action
        {
            get { return "UnlockConnector"; }
        }

        public int AnswerWithinMs
        {
            get { return SocketLock.SettleMs; }
        }

        public object ReadRequest(JsonReader payload)
        {
            bool hasConnector = false;
            int connectorId = 0;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value == "connectorId")
                {
                    connectorId = payload.ReadInt("connectorId");
                    hasConnector = true;
                }
                else
                {
                    payload.SkipValue();
                }
            }

            JsonReader.Require(hasConnector, "connectorId");
            return new UnlockRequest(connectorId);
        }

        public void Execute(object request, JsonWriter response)
        {
            UnlockRequest unlock = (UnlockRequest)request;
            ConnectorSession session = _charging.Find(unlock.ConnectorId);
            if (session != null && session.Unlock())
            {
                unlock.Session = session;
            }
        }

        public bool TryAnswer(object request, bool final, JsonWriter response)
        {
            ConnectorSession session = ((UnlockRequest)request).Session;
            string status;
            if (session == null)
            {
                status = NotSupported;
            }
            else if (!session.Lock.IsLocked)
            {
                status = Unlocked;
            }
            else if (final)
            {
                status = UnlockFailed;
            }
            else
            {
                return false;
            }

            response.BeginObject();
            response.Property("status", status);
            response.EndObject();
            return true;
        }

        private sealed class UnlockRequest
        {
            public readonly int ConnectorId;

            /// <summary>The session whose lock was commanded open, or null when the connector has none.</summary>
            public ConnectorSession Session;

            public UnlockRequest(int connectorId)
            {
                ConnectorId = connectorId;
            }
        }
    }
}
