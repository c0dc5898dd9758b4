using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>
    /// Reset: answers at once; the transactions stop and the charger restarts on later polls (see
    /// <see cref="ResetSequence"/>), so the CSMS has the Accepted before anything stops.
    /// </summary>
    public sealed class Reset : ICallHandler
    {
        private static readonly string[] Types = new string[] { "Hard", "Soft" };
        private const int Hard = 0;
        private readonly ResetSequence _sequence;

        public Reset(ResetSequence sequence)
        {
            _sequence = sequence;
        }

        public string Action
        {
            get { return "Reset"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int type = -1;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value == "type")
                {
                    type = payload.ReadEnum("type", Types);
                }
                else
                {
                    payload.SkipValue();
                }
            }

            JsonReader.Require(type >= 0, "type");
            return type == Hard;
        }

        public void Execute(object request, JsonWriter response)
        {
            response.BeginObject();
            response.Property("status", _sequence.Request((bool)request) ? "Accepted" : "Rejected");
            response.EndObject();
        }
    }
}
