using NanoEvse.ChargePoint.Authorization;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>ClearCache: empties the authorization cache; Rejected when there is no enabled cache to clear (errata 3.23).</summary>
    public sealed class ClearCache : ICallHandler
    {
        private readonly AuthorizationCache _cache;

        /// <param name="cache">null on a charger without an authorization cache.</param>
        public ClearCache(AuthorizationCache cache)
        {
            _cache = cache;
        }

        public string Action
        {
            get { return "ClearCache"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                payload.SkipValue();
            }

            return null;
        }

        public void Execute(object request, JsonWriter response)
        {
            bool cleared = _cache != null && _cache.Enabled && _cache.Clear();
            response.BeginObject();
            response.Property("status", cleared ? "Accepted" : "Rejected");
            response.EndObject();
        }
    }
}
