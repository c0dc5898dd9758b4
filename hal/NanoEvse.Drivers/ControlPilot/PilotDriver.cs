using NanoEvse.Drivers.Bus;
using NanoEvse.Drivers.Signals;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.ControlPilot
{
    /// <summary>
    /// The control pilot of one connector: drives the 1 kHz +/-12 V PWM and measures the vehicle's state.
    /// Managed code cannot sample in step with the PWM, so every poll reads a burst of samples: the highest is the
    /// +12 V phase (what the vehicle's resistors pull down), the lowest the -12 V phase (held there by the vehicle's
    /// diode). A state is taken only after <see cref="StableReadings"/> polls in a row agree.
    /// <see cref="Poll"/> may run on a sampling thread while the core calls <see cref="OfferDeciAmps"/> from the main loop.
    /// </summary>
    public sealed class PilotDriver : IControlPilot, IPolledDriver
    {
        public const int SamplesPerPoll = 16;
        public const int StableReadings = 3;

        /// <summary>Polls in a row that may miss the +12 V phase (short duty) before the pilot counts as stuck at -12 V.</summary>
        public const int MissedPlateauLimit = 8;

        // A burst whose highest sample is this low saw only the -12 V phase.
        private const int NoPlateauBelowMv = -10000;

        // The -12 V phase must reach this; between it and LowPhaseSeenBelowMv the vehicle has no diode.
        private const int DiodeHoldsBelowMv = -10000;
        private const int LowPhaseSeenBelowMv = -1500;

        private readonly IPwmOutput _pwm;
        private readonly IAnalogInput _adc;
        private readonly PilotCalibration _calibration;
        private readonly ConsecutiveFilter _state = new ConsecutiveFilter(PilotState.A, StableReadings);

        // A double is two words on the ESP32: the duty is shared between Offer and Poll under this lock.
        private readonly object _dutyGate = new object();
        private double _duty;
        private int _missedPlateaus;

        public PilotDriver(IPwmOutput pwm, IAnalogInput adc, PilotCalibration calibration)
        {
            _pwm = pwm;
            _adc = adc;
            _calibration = calibration;
            _duty = PilotDuty.NoOffer;
            _pwm.SetDutyCycle(_duty);
        }

        /// <summary>The state as last settled; one int, so any thread may read it.</summary>
        public int State
        {
            get { return _state.Value; }
        }

        /// <summary>The duty now driven, 1.0 for steady +12 V.</summary>
        public double Duty
        {
            get
            {
                lock (_dutyGate)
                {
                    return _duty;
                }
            }
        }

        /// <summary>The core offers on every poll; the PWM is only touched when the duty changes.</summary>
        public void OfferDeciAmps(int deciAmps)
        {
            double duty = PilotDuty.ForDeciAmps(deciAmps);
            lock (_dutyGate)
            {
                if (duty != _duty)
                {
                    _duty = duty;
                    _pwm.SetDutyCycle(duty);
                }
            }
        }

        public void Poll()
        {
            int high = int.MinValue;
            int low = int.MaxValue;
            for (int i = 0; i < SamplesPerPoll; i++)
            {
                int mv = _calibration.ToPilotMillivolts(_adc.ReadMillivolts());
                if (mv > high)
                {
                    high = mv;
                }

                if (mv < low)
                {
                    low = mv;
                }
            }

            bool oscillating = Duty < PilotDuty.NoOffer;
            if (high <= NoPlateauBelowMv)
            {
                // With a short duty a burst can fall entirely in the -12 V phase; only a run of them means a stuck pilot.
                if (oscillating && ++_missedPlateaus < MissedPlateauLimit)
                {
                    return;
                }

                _state.Add(PilotState.F);
                return;
            }

            _missedPlateaus = 0;
            int reading = PilotLevels.Classify(high, _state.Value);
            if (oscillating && PilotState.VehicleConnected(reading) && low < LowPhaseSeenBelowMv && low > DiodeHoldsBelowMv)
            {
                reading = PilotState.F;
            }

            _state.Add(reading);
        }
    }
}
