using System;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.FirmwareManagement
{
    /// <summary>GetDiagnostics: uploads a diagnostics file to location; answers with the file's name.</summary>
    public sealed class GetDiagnostics : ICallHandler
    {
        private readonly DiagnosticsUpload _upload;

        public GetDiagnostics(DiagnosticsUpload upload)
        {
            _upload = upload;
        }

        public string Action
        {
            get { return "GetDiagnostics"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            Request request = new Request();
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "location":
                        request.Location = payload.ReadString("location", UpdateFirmware.MaxLocationLength);
                        break;
                    case "retries":
                        request.Retries = payload.ReadInt("retries", 0, int.MaxValue);
                        break;
                    case "retryInterval":
                        request.RetryIntervalSeconds = payload.ReadInt("retryInterval", 0, int.MaxValue);
                        break;
                    case "startTime":
                        request.FromUtc = payload.ReadTimestamp("startTime");
                        break;
                    case "stopTime":
                        request.ToUtc = payload.ReadTimestamp("stopTime");
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(request.Location != null, "location");
            return request;
        }

        public void Execute(object request, JsonWriter response)
        {
            Request diagnostics = (Request)request;
            string fileName = _upload.Schedule(diagnostics.Location, diagnostics.FromUtc, diagnostics.ToUtc, diagnostics.Retries, diagnostics.RetryIntervalSeconds);
            response.BeginObject();
            response.Property("fileName", fileName);
            response.EndObject();
        }

        private sealed class Request
        {
            public string Location;
            public int Retries;
            public int RetryIntervalSeconds;
            public DateTime FromUtc = DateTime.MinValue;
            public DateTime ToUtc = DateTime.MaxValue;
        }
    }
}
