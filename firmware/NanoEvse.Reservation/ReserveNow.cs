using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.Reservation
{
    /// <summary>ReserveNow: keeps a connector (0: any connector) for an idTag or its group until expiryDate.</summary>
    public sealed class ReserveNow : ICallHandler
    {
        private readonly ReservationModule _module;

        public ReserveNow(ReservationModule module)
        {
            _module = module;
        }

        public string Action
        {
            get { return "ReserveNow"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int connectorId = -1;
            DateTime expiry = DateTime.MinValue;
            bool hasExpiry = false;
            bool hasId = false;
            string idTag = null;
            string parentIdTag = null;
            int reservationId = 0;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "connectorId":
                        connectorId = payload.ReadInt("connectorId", 0, int.MaxValue);
                        break;
                    case "expiryDate":
                        expiry = payload.ReadTimestamp("expiryDate");
                        hasExpiry = true;
                        break;
                    case "idTag":
                        idTag = IdToken.Read(payload, "idTag");
                        break;
                    case "parentIdTag":
                        parentIdTag = IdToken.Read(payload, "parentIdTag");
                        break;
                    case "reservationId":
                        reservationId = payload.ReadInt("reservationId");
                        hasId = true;
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(connectorId >= 0, "connectorId");
            JsonReader.Require(hasExpiry, "expiryDate");
            JsonReader.Require(idTag != null, "idTag");
            JsonReader.Require(hasId, "reservationId");
            return new HeldReservation(reservationId, connectorId, idTag, parentIdTag, expiry);
        }

        public void Execute(object request, JsonWriter response)
        {
            response.BeginObject();
            response.Property("status", _module.Reserve((HeldReservation)request));
            response.EndObject();
        }
    }
}
