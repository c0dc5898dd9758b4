using System;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>UpdateFirmware: schedules a download of new firmware from location at retrieveDate; answered with an empty object.</summary>
    public sealed class UpdateFirmware : ICallHandler
    {
        /// <summary>Long enough for any real URL, short enough for the journal-sized record it is stored in.</summary>
        public const int MaxLocationLength = 512;

        private readonly FirmwareUpdate _update;

        public UpdateFirmware(FirmwareUpdate update)
        {
            _update = update;
        }

        public string Action
        {
            get { return "UpdateFirmware"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            Request request = new Request();
            bool hasRetrieveDate = false;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "location":
                        request.Location = payload.ReadString("location", MaxLocationLength);
                        break;
                    case "retries":
                        request.Retries = payload.ReadInt("retries", 0, int.MaxValue);
                        break;
                    case "retrieveDate":
                        request.RetrieveUtc = payload.ReadTimestamp("retrieveDate");
                        hasRetrieveDate = true;
                        break;
                    case "retryInterval":
                        request.RetryIntervalSeconds = payload.ReadInt("retryInterval", 0, int.MaxValue);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(request.Location != null, "location");
            JsonReader.Require(hasRetrieveDate, "retrieveDate");
            return request;
        }

        public void Execute(object request, JsonWriter response)
        {
            Request update = (Request)request;
            _update.Schedule(update.Location, update.RetrieveUtc, update.Retries, update.RetryIntervalSeconds);
            response.BeginObject();
            response.EndObject();
        }

        private sealed class Request
        {
            public string Location;
            public int Retries;
            public DateTime RetrieveUtc;
            public int RetryIntervalSeconds;
        }
    }
}
