using System.Collections;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.LocalAuthList.Operations
{
    /// <summary>
    /// SendLocalList: replaces (Full) or changes (Differential) the local list. A request with more entries than
    /// SendLocalListMaxLength is a CALLERROR OccurenceConstraintViolation, as GetConfiguration treats
    /// GetConfigurationMaxKeys: the limit bounds one message, like a schema's maxItems. An entry of a Full update
    /// without idTagInfo is an OccurenceConstraintViolation too (the spec requires it there).
    /// </summary>
    public sealed class SendLocalList : ICallHandler
    {
        private readonly LocalList _list;
        private readonly ConfigKey _maxPerMessage;

        public SendLocalList(LocalList list, ChargerConfiguration config)
        {
            _list = list;
            _maxPerMessage = config.Find(KeyNames.SendLocalListMaxLength);
        }

        public string Action
        {
            get { return "SendLocalList"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            bool hasVersion = false;
            int version = 0;
            int type = -1;
            ArrayList entries = new ArrayList();
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "listVersion":
                        version = payload.ReadInt("listVersion");
                        hasVersion = true;
                        break;
                    case "updateType":
                        type = payload.ReadEnum("updateType", LocalListUpdate.Types);
                        break;
                    case "localAuthorizationList":
                        ReadEntries(payload, entries);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(hasVersion, "listVersion");
            JsonReader.Require(type >= 0, "updateType");
            bool full = LocalListUpdate.Types[type] == LocalListUpdate.Full;
            for (int i = 0; full && i < entries.Count; i++)
            {
                JsonReader.Require(((LocalListEntry)entries[i]).Info != null, "idTagInfo");
            }

            if (entries.Count > ConfigKey.IntOr(_maxPerMessage, int.MaxValue))
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "more entries than SendLocalListMaxLength allows");
            }

            return new LocalListUpdate(full, version, entries);
        }

        public void Execute(object request, JsonWriter response)
        {
            response.BeginObject();
            response.Property("status", _list.Apply((LocalListUpdate)request));
            response.EndObject();
        }

        private static void ReadEntries(JsonReader payload, ArrayList entries)
        {
            if (payload.Read() != JsonToken.StartArray)
            {
                throw new OcppException(CallErrorCode.TypeConstraintViolation, "localAuthorizationList must be an array");
            }

            while (payload.Read() != JsonToken.EndArray)
            {
                if (payload.Token != JsonToken.StartObject)
                {
                    throw new OcppException(CallErrorCode.TypeConstraintViolation, "localAuthorizationList must hold objects");
                }

                string idTag = null;
                IdTagInfo info = null;
                while (payload.NextProperty())
                {
                    if (payload.Value == "idTag")
                    {
                        idTag = IdToken.Read(payload, "idTag");
                    }
                    else if (payload.Value == "idTagInfo")
                    {
                        info = IdTagInfo.Read(payload, "idTagInfo");
                    }
                    else
                    {
                        payload.SkipValue();
                    }
                }

                JsonReader.Require(idTag != null, "idTag");
                entries.Add(new LocalListEntry(idTag, info));
            }
        }
    }
}
