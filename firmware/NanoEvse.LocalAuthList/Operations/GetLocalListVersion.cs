using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.LocalAuthList.Operations
{
    /// <summary>GetLocalListVersion: the version of the local list; 0 when it is empty, -1 when it is disabled (TC_042_1).</summary>
    public sealed class GetLocalListVersion : ICallHandler
    {
        private readonly LocalList _list;

        public GetLocalListVersion(LocalList list)
        {
            _list = list;
        }

        public string Action
        {
            get { return "GetLocalListVersion"; }
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
            response.BeginObject();
            response.Property("listVersion", _list.ReportedVersion);
            response.EndObject();
        }
    }
}
