using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>The socket lock and fault recovery of a connector session.</summary>
    public sealed partial class ConnectorSession
    {
        /// <summary>The StatusNotification info while a transaction waits for its vehicle to come back.</summary>
        public const string EvSideDisconnectedInfo = "EV side disconnected";

        /// <summary>Info of an idle connector's InternalError while the journal cannot record another transaction.</summary>
        public const string JournalFullInfo = "transaction journal full";

        /// <summary>No transaction runs here and none could start: the journal has no room to record it.</summary>
        private bool JournalFull
        {
            get { return Transaction == null && !_listener.HasRoomForTransaction(); }
        }

        /// <summary>How long a tripped residual-current monitor waits between re-arms with no vehicle plugged in.</summary>
        public const int ResidualCurrentRearmMs = 10000;

        private long _rearmDueMs = -1;

        /// <summary>When the tripped residual-current monitor is next re-armed (monotonic ms), or -1 while no count runs.</summary>
        public long ResidualCurrentRearmDueMs
        {
            get { return _rearmDueMs; }
        }

        /// <summary>The socket's lock, or null for a fixed cable.</summary>
        public SocketLock Lock { get; private set; }

        /// <summary>
        /// UnlockConnector: a running transaction stops (UnlockCommand), a tag waiting for a vehicle is dropped, and
        /// the lock is commanded open. False for a fixed cable; the lock's feedback then tells whether it opened.
        /// </summary>
        public bool Unlock()
        {
            if (Lock == null)
            {
                return false;
            }

            _pendingTag = null;
            Stop(StopReason.UnlockCommand);
            Lock.Release(_clock.MonotonicMs);
            return true;
        }

        /// <summary>Runs before the fault is read: lock feedback, the lock held for a plugged-in transaction, residual-current re-arm.</summary>
        private void PollProtection(long nowMs, bool connected)
        {
            if (Lock != null)
            {
                Lock.Poll(nowMs, CableInSocket);
                if (Transaction != null && connected)
                {
                    Lock.Hold(nowMs);
                }
            }

            // A trip clears without a vehicle: the monitor is re-armed every ResidualCurrentRearmMs while none is
            // plugged in, and trips again at once if the fault remains.
            if (!_hardware.ResidualCurrent.IsTripped)
            {
                _rearmDueMs = -1;
            }
            else if (_rearmDueMs < 0 || connected)
            {
                _rearmDueMs = nowMs + ResidualCurrentRearmMs;
            }
            else if (nowMs >= _rearmDueMs)
            {
                _rearmDueMs = nowMs + ResidualCurrentRearmMs;
                _hardware.ResidualCurrent.Rearm();
            }
        }

        /// <summary>
        /// Whether a session that may start (<paramref name="startable"/>) has its socket locked. The lock is closed
        /// first and the transaction waits for its feedback; a lock that fails ends the wait and drops the tag.
        /// </summary>
        private bool SocketReadyToStart(bool startable, long nowMs)
        {
            if (Lock == null)
            {
                return startable;
            }

            if (!startable)
            {
                Lock.CancelStart(nowMs);
                return false;
            }

            if (Lock.LockForStart(nowMs))
            {
                return true;
            }

            if (Lock.Failed)
            {
                _pendingTag = null;
            }

            return false;
        }

        /// <summary>After a stop the lock opens, except after an EV-side disconnect while UnlockConnectorOnEVSideDisconnect is false.</summary>
        private void ReleaseLockAfterStop(string reason)
        {
            if (Lock == null)
            {
                return;
            }

            if (reason == StopReason.EVDisconnected && !ConfigKey.BoolOr(_unlockOnEvDisconnect, true))
            {
                _log.Write(LogLevel.Info, Component, "connector " + Id + ": cable stays locked until UnlockConnector");
                return;
            }

            Lock.Release(_clock.MonotonicMs);
        }

        private string StatusInfo(bool connected)
        {
            if (JournalFull)
            {
                return JournalFullInfo;
            }

            return Transaction != null && !connected ? EvSideDisconnectedInfo : null;
        }
    }
}
