using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// What follows an accepted Reset, or a reboot the charger decides itself: no new transaction starts; on the next
    /// poll, after Reset.conf is out, every running transaction stops with reason SoftReset, HardReset or Reboot; then the charger restarts once everything
    /// queued for the CSMS (the StopTransactions and the statuses after them) is answered or has failed, or
    /// MessageTimeout after the stop at the latest, so that a dead link cannot hold the restart off.
    /// Connector availability is not touched: a reset never makes a connector Unavailable.
    /// </summary>
    public sealed class ResetSequence
    {
        private const string Component = "reset";
        private const int Idle = 0;
        private const int Requested = 1;
        private const int Draining = 2;
        private const int Restarted = 3;

        private readonly IRestart _restart;
        private readonly ChargingService _charging;
        private readonly RpcEndpoint _endpoint;
        private readonly ILog _log;
        private int _state = Idle;
        private bool _hard;
        private bool _local;
        private long _deadlineMs;

        /// <param name="restart">null: the charger cannot restart itself and refuses Reset.</param>
        /// <param name="charging">null on a charger core without sessions.</param>
        public ResetSequence(IRestart restart, ChargingService charging, RpcEndpoint endpoint, ILog log)
        {
            _restart = restart;
            _charging = charging;
            _endpoint = endpoint;
            _log = log;
        }

        /// <summary>Whether a reset or reboot was accepted and the charger is on its way down.</summary>
        public bool InProgress
        {
            get { return _state != Idle; }
        }

        /// <summary>Reset.req: false (Rejected) when the charger cannot restart itself.</summary>
        public bool Request(bool hard)
        {
            return Begin(hard, false);
        }

        /// <summary>A reboot asked for at the charger (its owner, or an update), not by the CSMS: transactions stop with reason Reboot.</summary>
        public bool RequestReboot()
        {
            return Begin(true, true);
        }

        private bool Begin(bool hard, bool local)
        {
            if (_restart == null)
            {
                return false;
            }

            _local = _local || local;

            // A hard reset asked for while a soft one is under way makes the restart hard.
            _hard = _hard || hard;
            if (_state == Idle)
            {
                _state = Requested;
                _log.Write(LogLevel.Info, Component, (hard ? "hard" : "soft") + " reset accepted");
                ConnectorSession[] sessions = Sessions();
                for (int i = 0; i < sessions.Length; i++)
                {
                    sessions[i].ResetPending = true;
                }
            }

            return true;
        }

        /// <summary>Call after the statuses are queued and before the endpoint sends: the stop's messages are then already waiting.</summary>
        public void Poll(long nowMs)
        {
            if (_state == Requested)
            {
                StopTransactions();
                _deadlineMs = nowMs + _endpoint.ResponseTimeoutMs;
                _state = Draining;
                return;
            }

            if (_state != Draining || (!_endpoint.IsIdle && nowMs < _deadlineMs))
            {
                return;
            }

            if (!_endpoint.IsIdle)
            {
                _log.Write(LogLevel.Warning, Component, "restarting with messages still unanswered");
            }

            _state = Restarted;
            _log.Write(LogLevel.Info, Component, _hard ? "hard restart" : "soft restart");
            _restart.Restart(_hard);
        }

        private void StopTransactions()
        {
            string reason = _local ? StopReason.Reboot : _hard ? StopReason.HardReset : StopReason.SoftReset;
            ConnectorSession[] sessions = Sessions();
            for (int i = 0; i < sessions.Length; i++)
            {
                sessions[i].Stop(reason);
            }
        }

        private ConnectorSession[] Sessions()
        {
            return _charging == null ? new ConnectorSession[0] : _charging.Sessions;
        }
    }
}
