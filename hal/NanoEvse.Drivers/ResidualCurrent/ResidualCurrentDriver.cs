using NanoEvse.Drivers.Bus;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.ResidualCurrent
{
    /// <summary>
    /// A residual-current monitoring module (6 mA DC / 30 mA AC) with a trip output and a test/re-arm input.
    /// A trip is latched here until <see cref="Rearm"/>. When the trip input reports edges (an
    /// <see cref="IInterruptInput"/>) the latch is set from the edge itself, so a trip pulse shorter than the poll
    /// period is not lost; polls latch a trip that is still asserted. Re-arming pulses the module's test/re-arm
    /// input; while the pulse lasts and for a settle time after it the trip input is not believed (the module may
    /// report its own test), then it counts again at once.
    /// </summary>
    public sealed class ResidualCurrentDriver : IResidualCurrentMonitor, IPolledDriver
    {
        private readonly IDigitalInput _trip;
        private readonly IDigitalOutput _rearm;
        private readonly IClock _clock;
        private readonly int _pulseMs;
        private readonly int _settleMs;

        // Edges arrive on the GPIO event thread, polls on the sampling thread, Rearm from the main loop.
        private readonly object _gate = new object();
        private bool _latched;
        private bool _pulsing;
        private long _pulseEndMs;
        private long _ignoreUntilMs;
        private ITripListener _listener;

        public ResidualCurrentDriver(IDigitalInput trip, IDigitalOutput rearm, IClock clock, int pulseMs, int settleMs)
        {
            _trip = trip;
            _rearm = rearm;
            _clock = clock;
            _pulseMs = pulseMs;
            _settleMs = settleMs;
            _rearm.Write(false);

            IInterruptInput edges = trip as IInterruptInput;
            if (edges != null)
            {
                edges.SetEdgeListener(new TripEdge(this));
            }
        }

        /// <summary>Reads the trip input on every call, so the core sees a trip without waiting for the board's poll.</summary>
        public bool IsTripped
        {
            get
            {
                Poll();
                lock (_gate)
                {
                    return _latched;
                }
            }
        }

        /// <summary>The hook told once per trip, on the thread that saw it (see <see cref="ITripListener"/>); null for none.</summary>
        public void SetTripListener(ITripListener listener)
        {
            _listener = listener;
        }

        public void Rearm()
        {
            lock (_gate)
            {
                long now = _clock.MonotonicMs;
                _latched = false;
                _pulsing = true;
                _pulseEndMs = now + _pulseMs;
                _ignoreUntilMs = _pulseEndMs + _settleMs;
                _rearm.Write(true);
            }
        }

        public void Poll()
        {
            bool newTrip;
            lock (_gate)
            {
                long now = _clock.MonotonicMs;
                if (_pulsing && now >= _pulseEndMs)
                {
                    _pulsing = false;
                    _rearm.Write(false);
                }

                newTrip = Believed(now) && _trip.Read() && Latch();
            }

            if (newTrip)
            {
                Notify();
            }
        }

        private void OnEdge(bool asserted)
        {
            if (!asserted)
            {
                return;
            }

            bool newTrip;
            lock (_gate)
            {
                newTrip = Believed(_clock.MonotonicMs) && Latch();
            }

            if (newTrip)
            {
                Notify();
            }
        }

        private bool Believed(long now)
        {
            return !_pulsing && now >= _ignoreUntilMs;
        }

        /// <summary>Sets the latch; true only for the call that set it, so each trip is told once.</summary>
        private bool Latch()
        {
            if (_latched)
            {
                return false;
            }

            _latched = true;
            return true;
        }

        // Outside the lock: the hook may take its own locks (the contactor's) without ordering against ours.
        private void Notify()
        {
            ITripListener listener = _listener;
            if (listener != null)
            {
                listener.OnTrip();
            }
        }

        /// <summary>Keeps <see cref="OnEdge"/> off the driver's public surface.</summary>
        private sealed class TripEdge : IEdgeListener
        {
            private readonly ResidualCurrentDriver _driver;

            public TripEdge(ResidualCurrentDriver driver)
            {
                _driver = driver;
            }

            public void OnEdge(bool asserted)
            {
                _driver.OnEdge(asserted);
            }
        }
    }
}
