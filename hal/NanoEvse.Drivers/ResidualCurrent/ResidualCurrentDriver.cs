using NanoEvse.Drivers.Bus;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.ResidualCurrent
{
    /// <summary>
    /// A residual-current monitoring module (6 mA DC / 30 mA AC) with a trip output and a test/re-arm input.
    /// A trip is latched here until <see cref="Rearm"/>, so a trip pulse shorter than the poll period is not lost.
    /// Re-arming pulses the module's test/re-arm input; while the pulse lasts and for a settle time after it the
    /// trip input is not believed (the module may report its own test), then it counts again at once.
    /// </summary>
    public sealed class ResidualCurrentDriver : IResidualCurrentMonitor, IPolledDriver
    {
        private readonly IDigitalInput _trip;
        private readonly IDigitalOutput _rearm;
        private readonly IClock _clock;
        private readonly int _pulseMs;
        private readonly int _settleMs;
        private bool _latched;
        private bool _pulsing;
        private long _pulseEndMs;
        private long _ignoreUntilMs;

        public ResidualCurrentDriver(IDigitalInput trip, IDigitalOutput rearm, IClock clock, int pulseMs, int settleMs)
        {
            _trip = trip;
            _rearm = rearm;
            _clock = clock;
            _pulseMs = pulseMs;
            _settleMs = settleMs;
            _rearm.Write(false);
        }

        /// <summary>Reads the trip input on every call, so the core sees a trip without waiting for the board's poll.</summary>
        public bool IsTripped
        {
            get
            {
                Poll();
                return _latched;
            }
        }

        public void Rearm()
        {
            long now = _clock.MonotonicMs;
            _latched = false;
            _pulsing = true;
            _pulseEndMs = now + _pulseMs;
            _ignoreUntilMs = _pulseEndMs + _settleMs;
            _rearm.Write(true);
        }

        public void Poll()
        {
            long now = _clock.MonotonicMs;
            if (_pulsing && now >= _pulseEndMs)
            {
                _pulsing = false;
                _rearm.Write(false);
            }

            if (!_pulsing && now >= _ignoreUntilMs && _trip.Read())
            {
                _latched = true;
            }
        }
    }
}
