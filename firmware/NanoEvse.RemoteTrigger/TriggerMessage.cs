using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>
    /// TriggerMessage: the CSMS asks for a message the charger otherwise sends on its own. A connectorId the message
    /// does not concern is ignored (spec 5.17); an unknown one is Rejected, as is MeterValues for connector 0 (no main
    /// meter). Before the boot is accepted only a BootNotification may go out, so everything else is Rejected then.
    /// A charger without meters does not implement MeterValues. The message follows the answer (see <see cref="TriggeredMessages"/>).
    /// </summary>
    public sealed class TriggerMessage : ICallHandler
    {
        private readonly Charger _charger;
        private readonly TriggeredMessages _triggered;

        public TriggerMessage(Charger charger, TriggeredMessages triggered)
        {
            _charger = charger;
            _triggered = triggered;
        }

        public string Action
        {
            get { return "TriggerMessage"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int message = -1;
            bool hasConnector = false;
            int connectorId = 0;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "requestedMessage":
                        message = payload.ReadEnum("requestedMessage", MessageTrigger.Names);
                        break;
                    case "connectorId":
                        connectorId = payload.ReadInt("connectorId");
                        hasConnector = true;
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(message >= 0, "requestedMessage");
            return new int[] { message, hasConnector ? connectorId : TriggeredMessages.AllConnectors, hasConnector ? 1 : 0 };
        }

        public void Execute(object request, JsonWriter response)
        {
            int[] trigger = (int[])request;
            response.BeginObject();
            response.Property("status", Decide(trigger[0], trigger[1], trigger[2] == 1));
            response.EndObject();
        }

        private string Decide(int message, int connectorId, bool hasConnector)
        {
            if (hasConnector && (connectorId < 0 || connectorId >= _charger.Connectors.Length))
            {
                return TriggerStatus.Rejected;
            }

            // Before Accepted only a BootNotification may go out; after it, errata 3.35/3.40 recommend refusing one.
            if ((message == MessageTrigger.BootNotification) == _charger.Registration.IsAccepted)
            {
                return TriggerStatus.Rejected;
            }

            if (message == MessageTrigger.MeterValues)
            {
                return TakeMeterValues(connectorId);
            }

            _triggered.Add(message, message == MessageTrigger.StatusNotification ? connectorId : TriggeredMessages.AllConnectors);
            return TriggerStatus.Accepted;
        }

        /// <summary>Reads the meters now, so a meter that cannot be read answers Rejected rather than a promise not kept.</summary>
        private string TakeMeterValues(int connectorId)
        {
            ChargingService charging = _charger.Charging;
            if (charging == null)
            {
                return TriggerStatus.NotImplemented;
            }

            if (connectorId == 0)
            {
                return TriggerStatus.Rejected;
            }

            int first = connectorId == TriggeredMessages.AllConnectors ? 1 : connectorId;
            int last = connectorId == TriggeredMessages.AllConnectors ? charging.Sessions.Length : connectorId;
            bool taken = false;
            for (int id = first; id <= last; id++)
            {
                MeterSample sample = charging.Meters.TakeTriggered(id);
                if (sample != null)
                {
                    _triggered.Add(new TriggeredMeterValues(id, charging.Find(id).Transaction, sample,
                        charging.Meters.Settings.SampledData.Current, _charger.ClockTrust));
                    taken = true;
                }
            }

            return taken ? TriggerStatus.Accepted : TriggerStatus.Rejected;
        }
    }
}
