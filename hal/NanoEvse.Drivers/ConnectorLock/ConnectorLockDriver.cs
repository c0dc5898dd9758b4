using NanoEvse.Drivers.Bus;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.ConnectorLock
{
    /// <summary>
    /// A socket's locking actuator: a DC motor turned one way to lock and the other to unlock through an H-bridge
    /// (one output per direction, never both on), for a fixed pulse, with a switch that reports the pin locked.
    /// A command that repeats the last one starts no new pulse, so a core that commands every poll does not keep
    /// the motor running; a lock that did not reach its position shows through <see cref="IsLocked"/>.
    /// <see cref="Poll"/> may end a pulse on a sampling thread while the core commands from the main loop.
    /// </summary>
    public sealed class ConnectorLockDriver : IConnectorLock, IPolledDriver
    {
        private readonly IDigitalOutput _lockDrive;
        private readonly IDigitalOutput _unlockDrive;
        private readonly IDigitalInput _feedback;
        private readonly IClock _clock;
        private readonly int _pulseMs;

        // Command and Poll both drive the bridge and share the pulse state, so one lock orders them.
        private readonly object _gate = new object();
        private bool _commanded;
        private bool _commandedOnce;
        private bool _pulsing;
        private long _pulseEndMs;

        /// <param name="feedback">The lock switch (true = locked), or null when the actuator has none.</param>
        public ConnectorLockDriver(IDigitalOutput lockDrive, IDigitalOutput unlockDrive, IDigitalInput feedback, IClock clock, int pulseMs)
        {
            _lockDrive = lockDrive;
            _unlockDrive = unlockDrive;
            _feedback = feedback;
            _clock = clock;
            _pulseMs = pulseMs;
            _lockDrive.Write(false);
            _unlockDrive.Write(false);
        }

        /// <summary>What the lock switch reports; without one, the position the last finished pulse drove to.</summary>
        public bool IsLocked
        {
            get
            {
                if (_feedback != null)
                {
                    return _feedback.Read();
                }

                lock (_gate)
                {
                    return _commanded && !_pulsing;
                }
            }
        }

        public void Command(bool locked)
        {
            lock (_gate)
            {
                if (_commandedOnce && locked == _commanded)
                {
                    return;
                }

                _commandedOnce = true;
                _commanded = locked;

                // Both bridge halves off before the new direction, so the bridge never shorts the supply.
                _lockDrive.Write(false);
                _unlockDrive.Write(false);
                if (locked)
                {
                    _lockDrive.Write(true);
                }
                else
                {
                    _unlockDrive.Write(true);
                }

                _pulsing = true;
                _pulseEndMs = _clock.MonotonicMs + _pulseMs;
            }
        }

        public void Poll()
        {
            lock (_gate)
            {
                if (_pulsing && _clock.MonotonicMs >= _pulseEndMs)
                {
                    _pulsing = false;
                    _lockDrive.Write(false);
                    _unlockDrive.Write(false);
                }
            }
        }
    }
}
