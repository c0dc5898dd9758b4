using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>The residual-current monitor and the socket lock.</summary>
    public sealed partial class SimulatedConnector
    {
        private bool _residualFault;
        private bool _tripped;
        private int _rearms;
        private bool _lockCommand;
        private bool _locked;
        private bool _lockTarget;
        private long _lockMoveStartMs;
        private int _lockTravelMs;
        private int _lockCommands;
        private bool _lockJammed;

        /// <summary>
        /// A residual current flows: the monitor trips, and stays tripped until the fault is gone and the charger
        /// re-arms it. The monitor only reports; opening the contactor is the charger's job.
        /// </summary>
        public bool ResidualCurrentFault
        {
            get { lock (_gate) { return _residualFault; } }
            set
            {
                bool newTrip;
                ITripListener listener;
                lock (_gate)
                {
                    newTrip = value && !_tripped;
                    _residualFault = value;
                    _tripped |= value;
                    listener = TripListener;
                }

                // Outside the lock, as a GPIO event would arrive on its own thread.
                if (newTrip && listener != null)
                {
                    listener.OnTrip();
                }
            }
        }

        /// <summary>Told at once when the monitor trips, as the board's interrupt would tell the safety layer; null for none.</summary>
        public ITripListener TripListener { get; set; }

        /// <summary>How many times the charger called <see cref="Rearm"/>.</summary>
        public int Rearms
        {
            get { lock (_gate) { return _rearms; } }
        }

        /// <summary>The lock's actuator does not move: lock commands are ignored and the feedback keeps its position.</summary>
        public bool LockJammed
        {
            get { lock (_gate) { return _lockJammed; } }
            set
            {
                lock (_gate)
                {
                    // A lock that jams while moving stays where it is (the movement is judged done or not done now).
                    _lockTarget = LockedNow();
                    _lockJammed = value;
                }
            }
        }

        /// <summary>How long the lock's motor takes to reach a commanded position, in ms; 0 (the default) moves it at once.</summary>
        public int LockTravelMs
        {
            get { lock (_gate) { return _lockTravelMs; } }
            set { lock (_gate) { _lockTravelMs = value; } }
        }

        /// <summary>What the charger last commanded the lock to do (false before any command).</summary>
        public bool LockCommanded
        {
            get { lock (_gate) { return _lockCommand; } }
        }

        /// <summary>How many lock commands the charger gave, repeats included.</summary>
        public int LockCommands
        {
            get { lock (_gate) { return _lockCommands; } }
        }

        public bool IsTripped
        {
            get { lock (_gate) { return _tripped; } }
        }

        public bool IsLocked
        {
            get { lock (_gate) { return LockedNow(); } }
        }

        public void Rearm()
        {
            lock (_gate)
            {
                _rearms++;
                _tripped = _residualFault;
            }
        }

        void IConnectorLock.Command(bool locked)
        {
            lock (_gate)
            {
                _lockCommand = locked;
                _lockCommands++;
                if (!_lockJammed && locked != _lockTarget)
                {
                    LockedNow();
                    _lockTarget = locked;
                    _lockMoveStartMs = _clock.MonotonicMs;
                }
            }
        }

        /// <summary>The lock's position now: it reaches its target <see cref="LockTravelMs"/> after the command.</summary>
        private bool LockedNow()
        {
            if (_locked != _lockTarget && _clock.MonotonicMs - _lockMoveStartMs >= _lockTravelMs)
            {
                _locked = _lockTarget;
            }

            return _locked;
        }
    }
}
