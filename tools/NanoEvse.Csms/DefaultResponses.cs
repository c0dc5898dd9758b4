using System.Text.Json.Nodes;
using System.Threading;

namespace NanoEvse.Csms
{
    /// <summary>What the CSMS answers when no test responder overrides an action.</summary>
    internal sealed class DefaultResponses
    {
        private readonly CsmsOptions _options;
        private int _lastTransactionId;

        public DefaultResponses(CsmsOptions options)
        {
            _options = options;
        }

        public CsmsReply For(string action)
        {
            switch (action)
            {
                case "BootNotification":
                    return CsmsReply.Result(new JsonObject
                    {
                        ["status"] = _options.BootStatus,
                        ["currentTime"] = CurrentTime(),
                        ["interval"] = _options.HeartbeatIntervalSeconds
                    });
                case "Heartbeat":
                    return CsmsReply.Result(new JsonObject { ["currentTime"] = CurrentTime() });
                case "Authorize":
                case "StopTransaction":
                    return CsmsReply.Result(new JsonObject { ["idTagInfo"] = Accepted() });
                case "StartTransaction":
                    return CsmsReply.Result(new JsonObject
                    {
                        ["transactionId"] = Interlocked.Increment(ref _lastTransactionId),
                        ["idTagInfo"] = Accepted()
                    });
                case "StatusNotification":
                case "MeterValues":
                case "FirmwareStatusNotification":
                case "DiagnosticsStatusNotification":
                case "SecurityEventNotification":
                case "LogStatusNotification":
                case "SignedFirmwareStatusNotification":
                    return CsmsReply.Result(new JsonObject());
                case "DataTransfer":
                    return CsmsReply.Result(new JsonObject { ["status"] = "UnknownVendorId" });
                default:
                    return CsmsReply.Error("NotImplemented", "Action " + action + " is not implemented by this CSMS");
            }
        }

        private string CurrentTime()
        {
            return WireJson.Timestamp(_options.CurrentTime());
        }

        private static JsonObject Accepted()
        {
            return new JsonObject { ["status"] = "Accepted" };
        }
    }
}
