using System;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Model
{
    /// <summary>
    /// The boot handshake. Until the CSMS accepts a BootNotification nothing else is sent; while Pending
    /// CSMS calls are answered; while Rejected nothing at all is said until the retry interval is over. Messages
    /// carrying a timestamp also wait, once accepted, until the clock is trusted.
    /// </summary>
    public sealed class Registration : IRpcGate
    {
        /// <summary>Retry delay when the CSMS gives no interval, refuses the call or does not answer.</summary>
        public const int FallbackRetrySeconds = 30;
        private const string Component = "boot";

        private readonly IClock _clock;
        private readonly ClockTrust _trust;
        private readonly ILog _log;
        private readonly ChargePointIdentity _identity;
        private readonly ConfigKey _heartbeatInterval;
        private readonly IRegistrationListener _listener;
        private RpcEndpoint _endpoint;
        private BootNotification _boot;
        private long _nextBootAtMs;

        public Registration(ClockTrust trust, ILog log, ChargePointIdentity identity, ChargerConfiguration config, IRegistrationListener listener)
        {
            _clock = trust.Clock;
            _trust = trust;
            _log = log;
            _identity = identity;
            _heartbeatInterval = config.Find(KeyNames.HeartbeatInterval);
            _listener = listener;
            Status = RegistrationStatus.NotRegistered;
        }

        /// <summary>One of the <see cref="RegistrationStatus"/> values.</summary>
        public int Status { get; private set; }

        public bool IsAccepted
        {
            get { return Status == RegistrationStatus.Accepted; }
        }

        /// <summary>Connects the registration to the link it guards (the link needs the registration as its gate).</summary>
        public void Attach(RpcEndpoint endpoint)
        {
            _endpoint = endpoint;
        }

        public void Poll(long nowMs)
        {
            if (IsAccepted || _boot != null || !_endpoint.IsOnline || nowMs < _nextBootAtMs)
            {
                return;
            }

            _boot = new BootNotification(this, _identity);
            _endpoint.Enqueue(_boot);
        }

        /// <summary>
        /// TriggerMessage(BootNotification) before the boot is accepted: one goes now, its retry wait cut short; one
        /// already on its way counts. Once accepted the trigger is refused (errata 3.35/3.40), so this never re-registers.
        /// </summary>
        public void SendBootNow()
        {
            if (_boot == null)
            {
                _boot = new BootNotification(this, _identity);
                _endpoint.Enqueue(_boot);
            }
        }

        /// <summary>The link dropped: a BootNotification not yet sent is withdrawn and sent afresh on the next connection.</summary>
        public void OnDisconnected()
        {
            if (_boot != null)
            {
                _endpoint.Remove(_boot);
                _boot = null;
            }
        }

        public bool MaySend(OutgoingCall call)
        {
            if (call == _boot)
            {
                return true;
            }

            return IsAccepted && (_trust.IsTrusted || !(call is IStampedCall));
        }

        public bool MayAnswer()
        {
            return Status != RegistrationStatus.Rejected || _clock.MonotonicMs >= _nextBootAtMs;
        }

        internal void OnBootResponse(int status, int interval, DateTime currentTime)
        {
            _boot = null;
            _trust.Accept(currentTime, "the BootNotification answer");
            Status = status;
            if (status == RegistrationStatus.Accepted)
            {
                if (interval > 0)
                {
                    _heartbeatInterval.Override(WithinRange(interval).ToString());
                }

                _log.Write(LogLevel.Info, Component, "accepted by the CSMS");
                _listener.OnAccepted();
                return;
            }

            int waitSeconds = interval > 0 ? interval : FallbackRetrySeconds;
            _nextBootAtMs = _clock.MonotonicMs + waitSeconds * 1000L;
            _log.Write(LogLevel.Info, Component, RegistrationStatus.Names[status] + " by the CSMS, next BootNotification in " + waitSeconds.ToString() + " s");
        }

        /// <summary>The CSMS's interval held within HeartbeatInterval's range, logged when it was not.</summary>
        private int WithinRange(int interval)
        {
            int applied = interval < _heartbeatInterval.Min ? _heartbeatInterval.Min : interval;
            if (applied > _heartbeatInterval.Max)
            {
                applied = _heartbeatInterval.Max;
            }

            if (applied != interval)
            {
                _log.Write(LogLevel.Warning, Component, "the CSMS gave interval " + interval.ToString() + ", outside HeartbeatInterval's range; using "
                    + applied.ToString() + " s");
            }

            return applied;
        }

        internal void OnBootFailed(string errorCode)
        {
            _boot = null;
            if (errorCode == CallFailure.ConnectionLost)
            {
                return;
            }

            _nextBootAtMs = _clock.MonotonicMs + FallbackRetrySeconds * 1000L;
        }
    }
}
