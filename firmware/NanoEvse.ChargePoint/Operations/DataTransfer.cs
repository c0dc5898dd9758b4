using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>
    /// DataTransfer from the CSMS: this charger implements no vendor extension, so every well-formed request is
    /// answered UnknownVendorId. A CALLERROR would fail OCTT TC_062; a malformed payload still gets one.
    /// </summary>
    public sealed class DataTransfer : ICallHandler
    {
        private const int VendorIdLength = 255;
        private const int MessageIdLength = 50;

        public string Action
        {
            get { return "DataTransfer"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            string vendorId = null;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "vendorId":
                        vendorId = payload.ReadString("vendorId", VendorIdLength);
                        break;
                    case "messageId":
                        payload.ReadString("messageId", MessageIdLength);
                        break;
                    case "data":
                        payload.ReadString("data", 0);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(vendorId != null, "vendorId");
            return vendorId;
        }

        public void Execute(object request, JsonWriter response)
        {
            response.BeginObject();
            response.Property("status", "UnknownVendorId");
            response.EndObject();
        }
    }
}
