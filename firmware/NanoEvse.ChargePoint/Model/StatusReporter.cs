using NanoEvse.ChargePoint.Operations;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// Reports connector statuses. Only the current status is sent: a change while offline is reported
    /// once the link is back, never its history.
    /// </summary>
    public sealed class StatusReporter
    {
        private readonly RpcEndpoint _endpoint;
        private readonly Connector[] _connectors;

        public StatusReporter(RpcEndpoint endpoint, Connector[] connectors)
        {
            _endpoint = endpoint;
            _connectors = connectors;
        }

        /// <summary>After a boot is accepted every connector, 0 included, reports its status.</summary>
        public void ReportAll()
        {
            for (int i = 0; i < _connectors.Length; i++)
            {
                _connectors[i].Unreported = true;
            }
        }

        public void Poll(bool registered)
        {
            if (!registered || !_endpoint.IsOnline)
            {
                return;
            }

            for (int i = 0; i < _connectors.Length; i++)
            {
                Connector connector = _connectors[i];
                if (connector.Unreported)
                {
                    connector.Unreported = false;
                    _endpoint.Enqueue(new StatusNotification(connector));
                }
            }
        }
    }
}
