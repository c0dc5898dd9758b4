using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Connection
{
    /// <summary>
    /// Keeps the WebSocket to the CSMS up: connects, hands incoming messages to the RPC layer, and after
    /// any failure or drop tries again with back-off. Transport events are drained here, on the core's thread.
    /// The back-off starts again from its base only once a connection has proved itself (the boot accepted and
    /// the link up for <see cref="ProvenAfterMs"/>), so a CSMS that accepts and drops at once is not hammered.
    /// </summary>
    public sealed class CsmsConnection
    {
        /// <summary>A transport that reports neither Opened nor Closed by then is given up on.</summary>
        public const int ConnectTimeoutMs = 30000;

        /// <summary>How long an accepted connection must last before a later failure counts as a first one again.</summary>
        public const int ProvenAfterMs = 60000;

        private const int Idle = 0;
        private const int Connecting = 1;
        private const int Open = 2;
        private const string Component = "link";

        private readonly IOcppTransport _transport;
        private readonly TransportInbox _inbox = new TransportInbox();
        private readonly RpcEndpoint _endpoint;
        private readonly ReconnectBackoff _backoff;
        private readonly ILog _log;
        private readonly IConnectionListener _listener;
        private int _state = Idle;
        private int _connectionId;
        private long _nextAttemptMs;
        private long _connectStartedMs;
        private long _openedAtMs;
        private bool _proven;

        public CsmsConnection(TransportSettings settings, IOcppTransport transport, RpcEndpoint endpoint, ReconnectBackoff backoff, ILog log, IConnectionListener listener)
        {
            Settings = settings;
            _transport = transport;
            _endpoint = endpoint;
            _backoff = backoff;
            _log = log;
            _listener = listener;
        }

        /// <summary>Used for the next connection attempt; changes apply from then on.</summary>
        public readonly TransportSettings Settings;

        /// <summary>Where the transport posts; the main loop sleeps on it between polls.</summary>
        public TransportInbox Inbox
        {
            get { return _inbox; }
        }

        /// <summary>Whether the charger has a network; no attempt is started without one. Set by the application.</summary>
        public bool NetworkUp = true;

        public bool IsOpen
        {
            get { return _state == Open; }
        }

        /// <summary>Neither connected nor connecting: the next attempt will pick up new settings by itself.</summary>
        public bool IsIdle
        {
            get { return _state == Idle; }
        }

        /// <param name="accepted">Whether the CSMS has accepted this charger's boot.</param>
        public void Poll(long nowMs, bool accepted)
        {
            int dropped = _inbox.TakeDropped();
            if (dropped > 0)
            {
                _log.Write(LogLevel.Warning, Component, dropped.ToString() + " incoming message(s) dropped: the inbox was full");
            }

            TransportEvent e;
            while ((e = _inbox.Take()) != null)
            {
                if (e.ConnectionId == _connectionId)
                {
                    Handle(e, nowMs);
                }
            }

            if (_state == Connecting && nowMs - _connectStartedMs >= ConnectTimeoutMs)
            {
                _log.Write(LogLevel.Warning, Component, "connecting took too long, giving up this attempt");
                _connectionId++;
                _transport.Close();
                ScheduleRetry(nowMs);
            }

            if (_state == Open && accepted && !_proven && nowMs - _openedAtMs >= ProvenAfterMs)
            {
                _proven = true;
                _backoff.Reset();
            }

            if (_state == Idle && NetworkUp && nowMs >= _nextAttemptMs)
            {
                _connectionId++;
                _state = Connecting;
                _connectStartedMs = nowMs;
                _log.Write(LogLevel.Info, Component, "connecting to " + Settings.Url);
                _transport.Connect(Settings, _connectionId, _inbox);
            }
        }

        /// <summary>Drops the connection and connects again at once, e.g. after new credentials.</summary>
        public void Reconnect(long nowMs)
        {
            if (_state == Idle)
            {
                _nextAttemptMs = nowMs;
                return;
            }

            _connectionId++;
            _transport.Close();
            CloseDown();
            _nextAttemptMs = nowMs;
        }

        private void Handle(TransportEvent e, long nowMs)
        {
            switch (e.Kind)
            {
                case TransportEventKind.Opened:
                    if (_state != Connecting)
                    {
                        break;
                    }

                    _state = Open;
                    _openedAtMs = nowMs;
                    _proven = false;
                    _log.Write(LogLevel.Info, Component, "connected");
                    _endpoint.Attach(_transport);
                    break;
                case TransportEventKind.Message:
                    if (_state == Open)
                    {
                        _endpoint.HandleMessage(e.Text, e.Truncated);
                    }

                    break;
                default:
                    if (_state == Idle)
                    {
                        // A second report of the same end (a transport and its wrapper both saw it).
                        break;
                    }

                    _log.Write(LogLevel.Warning, Component, "connection closed: " + e.Text);
                    ScheduleRetry(nowMs);
                    break;
            }
        }

        private void ScheduleRetry(long nowMs)
        {
            CloseDown();
            int delay = _backoff.NextDelayMs();
            _nextAttemptMs = nowMs + delay;
            _log.Write(LogLevel.Info, Component, "next connection attempt in " + delay.ToString() + " ms");
        }

        private void CloseDown()
        {
            bool wasOpen = _state == Open;
            _state = Idle;
            if (wasOpen)
            {
                _endpoint.Detach();
                _listener.OnDisconnected();
            }
        }
    }
}
