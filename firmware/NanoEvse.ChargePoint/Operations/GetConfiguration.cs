using System.Collections;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>GetConfiguration: every readable key, or the requested ones with the unknown names listed apart.</summary>
    public sealed class GetConfiguration : ICallHandler
    {
        private const int KeyNameLength = 50;
        private readonly ChargerConfiguration _config;

        public GetConfiguration(ChargerConfiguration config)
        {
            _config = config;
        }

        public string Action
        {
            get { return "GetConfiguration"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            ArrayList keys = new ArrayList();
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value != "key")
                {
                    payload.SkipValue();
                    continue;
                }

                if (payload.Read() != JsonToken.StartArray)
                {
                    throw new OcppException(CallErrorCode.TypeConstraintViolation, "key must be an array");
                }

                while (payload.Read() != JsonToken.EndArray)
                {
                    if (payload.Token != JsonToken.String)
                    {
                        throw new OcppException(CallErrorCode.TypeConstraintViolation, "key must hold strings");
                    }

                    if (payload.Value.Length > KeyNameLength)
                    {
                        throw new OcppException(CallErrorCode.PropertyConstraintViolation, "a key name is longer than 50 characters");
                    }

                    keys.Add(payload.Value);
                }
            }

            int maxKeys = ConfigKey.IntOr(_config.Find(KeyNames.GetConfigurationMaxKeys), int.MaxValue);
            if (keys.Count > maxKeys)
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "more keys requested than GetConfigurationMaxKeys allows");
            }

            return keys;
        }

        public void Execute(object request, JsonWriter response)
        {
            ArrayList requested = (ArrayList)request;
            ArrayList unknown = new ArrayList();
            response.BeginObject();
            response.Name("configurationKey");
            response.BeginArray();
            if (requested.Count == 0)
            {
                for (int i = 0; i < _config.Count; i++)
                {
                    WriteKey(response, _config[i]);
                }
            }
            else
            {
                for (int i = 0; i < requested.Count; i++)
                {
                    ConfigKey key = _config.Find((string)requested[i]);
                    if (key == null || key.Access == ConfigKey.WriteOnly)
                    {
                        unknown.Add(requested[i]);
                    }
                    else
                    {
                        WriteKey(response, key);
                    }
                }
            }

            response.EndArray();
            if (unknown.Count > 0)
            {
                response.Name("unknownKey");
                response.BeginArray();
                for (int i = 0; i < unknown.Count; i++)
                {
                    response.String((string)unknown[i]);
                }

                response.EndArray();
            }

            response.EndObject();
        }

        private static void WriteKey(JsonWriter response, ConfigKey key)
        {
            if (key.Access == ConfigKey.WriteOnly)
            {
                return;
            }

            response.BeginObject();
            response.Property("key", key.Name);
            response.Property("readonly", key.Access == ConfigKey.ReadOnly);
            response.Property("value", key.Value);
            response.EndObject();
        }
    }
}
