using System;
using System.Collections.Generic;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>The contactor, the current the vehicle draws through it, and the meter that integrates it.</summary>
    public sealed partial class SimulatedConnector
    {
        private const long WattMsPerWh = 3_600_000;
        private const int MainsCentiHz = 5000;
        private const int ConnectorDeciC = 250;

        private readonly List<ContactorCommand> _contactorHistory = new List<ContactorCommand>();
        private bool _contactorCommand;
        private bool _contactorWelded;
        private bool _contactorStuckOpen;
        private bool _meterUnreadable;
        private long _energyWattMs;
        private long _lastBookedMs;

        /// <summary>What the charger last commanded the contactor to do.</summary>
        public bool ContactorCommanded
        {
            get { lock (_gate) { return _contactorCommand; } }
        }

        /// <summary>Every change of the contactor command, oldest first (repeating the same command is not a change).</summary>
        public IReadOnlyList<ContactorCommand> ContactorHistory
        {
            get { lock (_gate) { return _contactorHistory.ToArray(); } }
        }

        public int ContactorCloseCommands
        {
            get { lock (_gate) { return _contactorHistory.FindAll(c => c.Closed).Count; } }
        }

        public int ContactorOpenCommands
        {
            get { lock (_gate) { return _contactorHistory.FindAll(c => !c.Closed).Count; } }
        }

        /// <summary>The contacts are welded shut: the feedback reads closed and current flows whatever the command.</summary>
        public bool ContactorWelded
        {
            get { lock (_gate) { return _contactorWelded; } }
            set { Change(() => _contactorWelded = value); }
        }

        /// <summary>The contactor never closes, whatever the command.</summary>
        public bool ContactorStuckOpen
        {
            get { lock (_gate) { return _contactorStuckOpen; } }
            set { Change(() => _contactorStuckOpen = value); }
        }

        /// <summary>The meter does not answer: <see cref="Read"/> returns false. Energy still flows and is counted.</summary>
        public bool MeterUnreadable
        {
            get { lock (_gate) { return _meterUnreadable; } }
            set { Change(() => _meterUnreadable = value); }
        }

        public bool IsClosed
        {
            get { lock (_gate) { return ContactorClosedNow(); } }
        }

        /// <summary>The current per phase the vehicle draws now, in 0.1 A.</summary>
        public int CurrentDeciAmps
        {
            get
            {
                lock (_gate)
                {
                    BookEnergy();
                    return DeciAmpsNow();
                }
            }
        }

        public int PowerW
        {
            get
            {
                lock (_gate)
                {
                    BookEnergy();
                    return PowerNow();
                }
            }
        }

        /// <summary>The import register, up to the clock's current time.</summary>
        public long EnergyWh
        {
            get
            {
                lock (_gate)
                {
                    BookEnergy();
                    return _energyWattMs / WattMsPerWh;
                }
            }
        }

        /// <summary>Sets the import register, as a meter that has counted energy before (a non-zero meterStart).</summary>
        public void SetEnergyRegister(long wh)
        {
            if (wh < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(wh));
            }

            Change(() => _energyWattMs = wh * WattMsPerWh);
        }

        void IContactor.Command(bool closed)
        {
            lock (_gate)
            {
                BookEnergy();
                if (closed != _contactorCommand)
                {
                    _contactorCommand = closed;
                    _contactorHistory.Add(new ContactorCommand(_clock.MonotonicMs, closed));
                }
            }
        }

        public bool Read(MeterReading reading)
        {
            lock (_gate)
            {
                BookEnergy();
                if (_meterUnreadable)
                {
                    return false;
                }

                int deciAmps = DeciAmpsNow();
                reading.EnergyImportWh = _energyWattMs / WattMsPerWh;
                reading.EnergyExportWh = 0;
                reading.ReactiveImportVarh = 0;
                reading.ReactiveExportVarh = 0;
                reading.PowerW = PowerNow();
                reading.ReactivePowerVar = 0;
                reading.PowerFactorMilli = 1000;
                for (int phase = 0; phase < MeterReading.Phases; phase++)
                {
                    reading.CurrentDeciA[phase] = phase < _evPhases ? deciAmps : 0;
                    reading.VoltageDeciV[phase] = NominalVolts * 10;
                }

                reading.FrequencyCentiHz = MainsCentiHz;
                reading.TemperatureDeciC = ConnectorDeciC;
                return true;
            }
        }

        private bool ContactorClosedNow()
        {
            return _contactorWelded || (_contactorCommand && !_contactorStuckOpen);
        }

        /// <summary>
        /// The vehicle draws what the pilot offers, up to its own (tapering near full) and the cable's limits, while it asks and the contacts
        /// are closed; nothing without the PWM.
        /// </summary>
        private int DeciAmpsNow()
        {
            if (!ContactorClosedNow() || !PilotState.WantsEnergy(PilotNow()))
            {
                return 0;
            }

            return Math.Min(_offeredDeciAmps, Math.Min(EvDeciAmpsNow(), CableAmpsNow() * 10));
        }

        private int PowerNow()
        {
            return DeciAmpsNow() * NominalVolts * _evPhases / 10;
        }

        private void BookEnergy()
        {
            long nowMs = _clock.MonotonicMs;
            BookSpan(nowMs - _lastBookedMs);
            _lastBookedMs = nowMs;
        }
    }
}
