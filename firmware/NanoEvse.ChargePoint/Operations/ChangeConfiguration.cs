using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>ChangeConfiguration: sets one key; the new value takes effect at once unless it needs a reboot.</summary>
    public sealed class ChangeConfiguration : ICallHandler
    {
        private readonly ChargerConfiguration _config;

        public ChangeConfiguration(ChargerConfiguration config)
        {
            _config = config;
        }

        public string Action
        {
            get { return "ChangeConfiguration"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            string key = null;
            string value = null;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "key":
                        key = payload.ReadString("key", 50);
                        break;
                    case "value":
                        value = payload.ReadString("value", 500);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(key != null, "key");
            JsonReader.Require(value != null, "value");
            return new string[] { key, value };
        }

        public void Execute(object request, JsonWriter response)
        {
            string[] change = (string[])request;
            response.BeginObject();
            response.Property("status", _config.Change(change[0], change[1]));
            response.EndObject();
        }
    }
}
