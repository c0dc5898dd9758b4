using System.Collections;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>
    /// The messages TriggerMessage accepted, sent at the next poll: the answer has gone out by then, so the CSMS
    /// always reads the TriggerMessage.conf before the message it asked for (spec 5.17).
    /// </summary>
    public sealed class TriggeredMessages
    {
        /// <summary>A request without connectorId: every connector the message applies to.</summary>
        public const int AllConnectors = -1;

        private const string Idle = "Idle";
        private readonly Charger _charger;
        private readonly ArrayList _due = new ArrayList();

        public TriggeredMessages(Charger charger)
        {
            _charger = charger;
        }

        /// <summary>Sends <paramref name="message"/> (a <see cref="MessageTrigger"/>) for a connector, or <see cref="AllConnectors"/>, at the next poll.</summary>
        public void Add(int message, int connectorId)
        {
            _due.Add(new Due(message, connectorId, null));
        }

        /// <summary>Queues a message built already (a meter value read when the trigger came) at the next poll.</summary>
        public void Add(OutgoingCall call)
        {
            _due.Add(new Due(MessageTrigger.MeterValues, AllConnectors, call));
        }

        public void Poll(long nowMs)
        {
            for (int i = 0; i < _due.Count; i++)
            {
                Send((Due)_due[i], nowMs);
            }

            _due.Clear();
        }

        private void Send(Due due, long nowMs)
        {
            switch (due.Message)
            {
                case MessageTrigger.BootNotification:
                    _charger.Registration.SendBootNow();
                    break;
                case MessageTrigger.Heartbeat:
                    _charger.Heartbeats.SendNow(nowMs);
                    break;
                case MessageTrigger.StatusNotification:
                    ReportStatus(due.ConnectorId);
                    break;
                case MessageTrigger.DiagnosticsStatusNotification:
                    _charger.Endpoint.Enqueue(new DiagnosticsStatusNotification(_charger.FileTransfers == null ? Idle : _charger.FileTransfers.DiagnosticsStatus));
                    break;
                case MessageTrigger.FirmwareStatusNotification:
                    _charger.Endpoint.Enqueue(new FirmwareStatusNotification(_charger.FileTransfers == null ? Idle : _charger.FileTransfers.FirmwareStatus));
                    break;
                default:
                    _charger.Endpoint.Enqueue(due.Call);
                    break;
            }
        }

        /// <summary>Without a connector: the charger itself (connector 0) and every connector.</summary>
        private void ReportStatus(int connectorId)
        {
            int first = connectorId == AllConnectors ? 0 : connectorId;
            int last = connectorId == AllConnectors ? _charger.Connectors.Length - 1 : connectorId;
            for (int id = first; id <= last; id++)
            {
                _charger.Statuses.ReportAgain(id);
            }
        }

        private sealed class Due
        {
            public readonly int Message;
            public readonly int ConnectorId;
            public readonly OutgoingCall Call;

            public Due(int message, int connectorId, OutgoingCall call)
            {
                Message = message;
                ConnectorId = connectorId;
                Call = call;
            }
        }
    }
}
