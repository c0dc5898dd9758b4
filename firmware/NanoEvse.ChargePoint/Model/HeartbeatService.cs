using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// Sends a Heartbeat every HeartbeatInterval seconds once registered. The interval is read on every
    /// poll, so a changed value reschedules the next heartbeat at once.
    /// </summary>
    public sealed class HeartbeatService
    {
        private readonly RpcEndpoint _endpoint;
        private readonly ConfigKey _interval;
        private readonly Heartbeat _heartbeat;
        private long _lastMs;

        public HeartbeatService(ClockTrust trust, RpcEndpoint endpoint, ChargerConfiguration config)
        {
            _endpoint = endpoint;
            _interval = config.Find(KeyNames.HeartbeatInterval);
            _heartbeat = new Heartbeat(trust);
        }

        /// <summary>Counts the next interval from now (after a BootNotification was accepted).</summary>
        public void Restart(long nowMs)
        {
            _lastMs = nowMs;
        }

        /// <summary>TriggerMessage(Heartbeat): one goes now (one already queued counts); the interval counts from now.</summary>
        public void SendNow(long nowMs)
        {
            if (!_endpoint.IsQueuedOrOutstanding(_heartbeat))
            {
                _lastMs = nowMs;
                _endpoint.Enqueue(_heartbeat);
            }
        }

        public void Poll(long nowMs, bool registered)
        {
            int seconds = _interval.IntValue;
            if (!registered || seconds <= 0 || !_endpoint.IsOnline || _endpoint.IsQueuedOrOutstanding(_heartbeat))
            {
                return;
            }

            if (nowMs - _lastMs >= seconds * 1000L)
            {
                _lastMs = nowMs;
                _endpoint.Enqueue(_heartbeat);
            }
        }
    }
}
