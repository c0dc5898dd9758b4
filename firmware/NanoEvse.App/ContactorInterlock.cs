using NanoEvse.Hal.Evse;

namespace NanoEvse.App
{
    /// <summary>
    /// Stands between the charger core and one connector's contactor. The core asks for closed or open; the
    /// contactor is closed only while the safety thread, from inputs it sampled itself, permits it: no residual
    /// current, the pilot in C or D, and a feedback contact that agrees with the coil. So a fault opens the
    /// contactor within one safety period however long the main loop is busy or stuck.
    /// </summary>
    /// <remarks>
    /// The core's request and the safety thread's permission meet under one lock, so a request the main loop made
    /// from stale readings cannot close what the safety thread has just opened. A feedback mismatch and
    /// <see cref="ForceOpen"/> hold the contactor open until the charger restarts, as the core's own
    /// PowerSwitchFailure does.
    /// </remarks>
    public sealed class ContactorInterlock : IInterlockedContactor, ITripListener
    {
        /// <summary>How long the feedback may disagree with the coil while the contactor moves.</summary>
        public const int FeedbackSettleMs = 500;

        private readonly object _gate = new object();
        private readonly ConnectorHardware _hardware;
        private readonly IContactor _contactor;
        private bool _requested;
        private bool _permitted;
        private bool _output;
        private bool _held;
        private long _mismatchSinceMs = -1;
        private bool _openedByTrip;
        private bool _failed;

        /// <summary>Wraps the connector's contactor; <see cref="ConnectorHardware.Contactor"/> is not changed here.</summary>
        public ContactorInterlock(ConnectorHardware hardware)
        {
            _hardware = hardware;
            _contactor = hardware.Contactor;
            _contactor.Command(false);
        }

        /// <summary>Why the safety thread last opened a closed contactor, or null.</summary>
        public string LastTrip { get; private set; }

        /// <summary>True once a feedback mismatch or a forced open holds the contactor open for good.</summary>
        public bool Held
        {
            get
            {
                lock (_gate)
                {
                    return _held;
                }
            }
        }

        public bool IsClosed
        {
            get { return _contactor.IsClosed; }
        }

        public bool Failed
        {
            get
            {
                lock (_gate)
                {
                    return _failed;
                }
            }
        }

        public bool Driven
        {
            get
            {
                lock (_gate)
                {
                    return _output;
                }
            }
        }

        public void Command(bool closed)
        {
            lock (_gate)
            {
                _requested = closed;
                Apply();
            }
        }

        /// <summary>
        /// The safety thread's check, from freshly sampled inputs. Returns the reason when this call opened a
        /// closed contactor, otherwise null.
        /// </summary>
        public string Check(long nowMs)
        {
            bool residualCurrent = _hardware.ResidualCurrent != null && _hardware.ResidualCurrent.IsTripped;
            int pilot = _hardware.Pilot.State;
            bool feedback = _contactor.IsClosed;
            bool pilotAllows = PilotState.WantsEnergy(pilot);
            lock (_gate)
            {
                bool wasClosed = _output || _openedByTrip;
                _openedByTrip = false;
                _permitted = !residualCurrent && pilotAllows;
                bool stuck = false;
                if (feedback == _output)
                {
                    _mismatchSinceMs = -1;
                }
                else if (_mismatchSinceMs < 0)
                {
                    _mismatchSinceMs = nowMs;
                }
                else if (nowMs - _mismatchSinceMs >= FeedbackSettleMs)
                {
                    _held = true;
                    _failed = true;
                    stuck = true;
                }

                Apply();
                if (wasClosed && !_output)
                {
                    LastTrip = TripReason(stuck, residualCurrent, pilotAllows, pilot);
                    return LastTrip;
                }

                return null;
            }
        }

        /// <summary>Built only when a contactor opens: this check runs 50 times a second and must not make garbage.</summary>
        private static string TripReason(bool stuck, bool residualCurrent, bool pilotAllows, int pilot)
        {
            if (stuck)
            {
                return "contactor feedback disagrees with its coil";
            }

            if (residualCurrent)
            {
                return "residual current tripped";
            }

            return pilotAllows ? null : "pilot in state " + PilotState.Names[pilot];
        }

        /// <summary>
        /// The residual-current monitor's edge, on the GPIO event thread: opens at once, before any sampling; the
        /// next <see cref="Check"/> reports it and keeps it open while the monitor stays tripped.
        /// </summary>
        public void OnTrip()
        {
            lock (_gate)
            {
                _openedByTrip = _output;
                _permitted = false;
                Apply();
            }
        }

        /// <summary>Opens the contactor and keeps it open until the charger restarts (the last-resort handler, the supervisor).</summary>
        public void ForceOpen()
        {
            lock (_gate)
            {
                _held = true;
                Apply();
            }
        }

        private void Apply()
        {
            _output = _requested && _permitted && !_held;
            _contactor.Command(_output);
        }
    }
}
