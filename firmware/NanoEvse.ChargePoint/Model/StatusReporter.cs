using System.Collections;
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
    /// When the link drops or a CALL goes unanswered, the notifications still queued are withdrawn and their connectors
    /// report their current status again: the CSMS learns the latest status per connector, not a replay of the
    /// stale ones an outage held up (MicroOcpp needed this for OCTT TC_037_1/2). One merely waiting for a prompt
    /// answer is kept, since it held and the CSMS expects it (Charging, then SuspendedEVSE once StartTransaction.conf
    /// refuses the tag). The call sent right after a time-out goes before this poll sees it, so at most one stale
    /// notification may still reach the CSMS then.
    /// </summary>
    public sealed class StatusReporter
    {
        private readonly RpcEndpoint _endpoint;
        private readonly Connector[] _connectors;
        private readonly ConfigKey _minimumDuration;
        private readonly ClockTrust _trust;
        private readonly int[] _changes;
        private readonly long[] _heldSinceMs;
        private readonly ArrayList _queued = new ArrayList();
        private int _interruptions;
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

        /// <summary>TriggerMessage(StatusNotification): connector <paramref name="connectorId"/> (0..N) reports its current status again.</summary>
        public void ReportAgain(int connectorId)
        {
            _connectors[connectorId].ReportAgain();
        }

        public void Poll(long nowMs, bool registered)
        {
            TrackChanges(nowMs);
            if (_endpoint.Interruptions != _interruptions)
            {
                _interruptions = _endpoint.Interruptions;
                WithdrawQueued();
            }

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
                    Enqueue(new StatusNotification(connector, _trust));
                }
            }
        }

        /// <summary>Queues <paramref name="notification"/>, forgetting the earlier ones that have left the queue.</summary>
        private void Enqueue(StatusNotification notification)
        {
            for (int i = _queued.Count - 1; i >= 0; i--)
            {
                if (!_endpoint.IsQueuedOrOutstanding((StatusNotification)_queued[i]))
                {
                    _queued.RemoveAt(i);
                }
            }

            _queued.Add(notification);
            _endpoint.Enqueue(notification);
        }

        /// <summary>Takes every notification not sent yet out of the queue; its connector reports its current status again.</summary>
        private void WithdrawQueued()
        {
            for (int i = 0; i < _queued.Count; i++)
            {
                StatusNotification notification = (StatusNotification)_queued[i];
                bool waiting = _endpoint.IsQueuedOrOutstanding(notification);
                _endpoint.Remove(notification);
                if (waiting && !_endpoint.IsQueuedOrOutstanding(notification))
                {
                    notification.Connector.ReportAgain();
                }
            }

            _queued.Clear();
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
