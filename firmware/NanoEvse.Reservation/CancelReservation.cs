using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.Reservation
{
    /// <summary>CancelReservation: Accepted when the charger held the reservation, Rejected for an unknown id.</summary>
    public sealed class CancelReservation : ICallHandler
    {
        private readonly ReservationModule _module;

        public CancelReservation(ReservationModule module)
        {
            _module = module;
        }

        public string Action
        {
            get { return "CancelReservation"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            bool hasId = false;
            int reservationId = 0;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value == "reservationId")
                {
                    reservationId = payload.ReadInt("reservationId");
                    hasId = true;
                }
                else
                {
                    payload.SkipValue();
                }
            }

            JsonReader.Require(hasId, "reservationId");
            return new int[] { reservationId };
        }

        public void Execute(object request, JsonWriter response)
        {
            response.BeginObject();
            response.Property("status", _module.Cancel(((int[])request)[0]) ? "Accepted" : "Rejected");
            response.EndObject();
        }
    }
}
