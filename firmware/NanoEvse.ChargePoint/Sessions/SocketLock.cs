using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// A socket's lock as a session uses it. A lock motor needs a moment to move, so a command counts as carried out
    /// only once the lock's feedback reports the new position, and feedback that still disagrees after
    /// <see cref="SettleMs"/> means the lock failed. A lock that does not close for a session start leaves the
    /// connector faulted (ConnectorLockFailure) until the cable is out of the socket.
    /// </summary>
    public sealed class SocketLock
    {
        /// <summary>How long the feedback may lag a command; the reference board drives its motor for 300 ms.</summary>
        public const int SettleMs = 1000;
        private const string Component = "session";

        private readonly IConnectorLock _lock;
        private readonly ILog _log;
        private readonly int _connectorId;
        private bool _commandLocked;
        private long _commandedMs;
        private bool _missReported = true;
        private bool _lockingForStart;

        public SocketLock(IConnectorLock connectorLock, int connectorId, ILog log)
        {
            _lock = connectorLock;
            _connectorId = connectorId;
            _log = log;
        }

        /// <summary>What the lock's feedback reports.</summary>
        public bool IsLocked
        {
            get { return _lock.IsLocked; }
        }

        /// <summary>The lock did not close for a session start: ConnectorLockFailure until the cable is pulled out.</summary>
        public bool Failed { get; private set; }

        /// <summary>
        /// A session is ready to start: closes the lock, and returns true once the feedback confirms it. If it does
        /// not within <see cref="SettleMs"/>, the lock is commanded open again (so the cable can come out) and
        /// <see cref="Failed"/> is set.
        /// </summary>
        public bool LockForStart(long nowMs)
        {
            if (Failed)
            {
                return false;
            }

            if (!_lockingForStart)
            {
                _lockingForStart = true;
                Command(true, nowMs);
                _commandedMs = nowMs;
            }

            if (_lock.IsLocked)
            {
                _lockingForStart = false;
                return true;
            }

            if (nowMs - _commandedMs < SettleMs)
            {
                return false;
            }

            _lockingForStart = false;
            Failed = true;
            _log.Write(LogLevel.Error, Component, "connector " + _connectorId + ": lock did not close, no session starts");
            Command(false, nowMs);
            _missReported = true;
            return false;
        }

        /// <summary>Nothing waits to start any more (tag expired, vehicle gone, a fault): a lock closed for it opens again.</summary>
        public void CancelStart(long nowMs)
        {
            if (_lockingForStart)
            {
                _lockingForStart = false;
                Command(false, nowMs);
            }
        }

        /// <summary>Keeps the lock closed while a transaction has a vehicle plugged in.</summary>
        public void Hold(long nowMs)
        {
            Command(true, nowMs);
        }

        /// <summary>Opens the lock: after a stop, for UnlockConnector, or when the vehicle end is unplugged and the configuration says so.</summary>
        public void Release(long nowMs)
        {
            _lockingForStart = false;
            Command(false, nowMs);
        }

        /// <summary>Clears a lock failure once the cable is out of the socket, and logs a lock that missed its settle time.</summary>
        public void Poll(long nowMs, bool cableInSocket)
        {
            if (Failed && !cableInSocket)
            {
                Failed = false;
                _log.Write(LogLevel.Info, Component, "connector " + _connectorId + ": cable removed, lock failure cleared");
            }

            if (!_missReported && _lock.IsLocked != _commandLocked && nowMs - _commandedMs >= SettleMs)
            {
                _missReported = true;
                _log.Write(LogLevel.Warning, Component, "connector " + _connectorId + ": lock did not " + (_commandLocked ? "close" : "open"));
            }
        }

        private void Command(bool locked, long nowMs)
        {
            if (locked != _commandLocked)
            {
                _commandLocked = locked;
                _commandedMs = nowMs;
                _missReported = false;
            }

            _lock.Command(locked);
        }
    }
}
