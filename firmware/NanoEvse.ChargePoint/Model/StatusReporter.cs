using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// Reports connector statuses. Only the current status is sent: a change while offline is reported
    /// once the link is back, never its history. A status is reported only once it has held for
    /// MinimumStatusDuration seconds (errata 3.19), measured on the monotonic clock; one that did not last that
    /// long is never sent. The hold comes on top of whatever debouncing the hardware drivers already do.
    /// </summary>
    public sealed class StatusReporter
    {
        private readonly RpcEndpoint _endpoint;
        private readonly Connector[] _connectors;
        private readonly ConfigKey _minimumDuration;
        private readonly ClockTrust _trust;
        private readonly int[] _changes;
        private readonly long[] _heldSinceMs;
        private bool _started;

        /// <param name="minimumDuration">MinimumStatusDuration; absent or empty means no hold.</param>
        public StatusReporter(RpcEndpoint endpoint, Connector[] connectors, ConfigKey minimumDuration, ClockTrust trust)
        {
            _trust = trust;
            _endpoint = endpoint;
            _connectors = connectors;
            _minimumDuration = minimumDuration;
            _changes = new int[connectors.Length];
            _heldSinceMs = new long[connectors.Length];
        }

        /// <summary>After a boot is accepted every connector, 0 included, reports its status.</summary>
        public void ReportAll()
        {
            for (int i = 0; i < _connectors.Length; i++)
            {
                _connectors[i].ReportAgain();
            }
        }

        public void Poll(long nowMs, bool registered)
        {
            TrackChanges(nowMs);
            if (!registered || !_endpoint.IsOnline)
            {
                return;
            }

            long holdMs = ConfigKey.IntOr(_minimumDuration, 0) * 1000L;
            for (int i = 0; i < _connectors.Length; i++)
            {
                Connector connector = _connectors[i];
                if (connector.Unreported && nowMs - _heldSinceMs[i] >= holdMs)
                {
                    connector.MarkReported();
                    _endpoint.Enqueue(new StatusNotification(connector, _trust));
                }
            }
        }

        /// <summary>Notes when each connector's current status began; the statuses found at the first poll begin then.</summary>
        private void TrackChanges(long nowMs)
        {
            for (int i = 0; i < _connectors.Length; i++)
            {
                int changes = _connectors[i].Changes;
                if (!_started || changes != _changes[i])
                {
                    _changes[i] = changes;
                    _heldSinceMs[i] = nowMs;
                }
            }

            _started = true;
        }
    }
}
