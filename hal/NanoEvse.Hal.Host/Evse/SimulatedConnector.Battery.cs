using System;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>
    /// The vehicle's battery: its size and state of charge, the taper near full (the car draws less above
    /// <see cref="TaperFromPercent"/> and stops asking at 100 %). Without a size the battery is not modelled and the
    /// vehicle draws for as long as it asks, as before the model existed.
    /// </summary>
    public sealed partial class SimulatedConnector
    {
        /// <summary>The state of charge above which the vehicle draws less, linearly down to the end.</summary>
        public const int TaperFromPercent = 80;

        /// <summary>What a tapering vehicle still draws just below full, in 0.1 A: enough to get there in reasonable time.</summary>
        private const int TaperFloorDeciAmps = 10;

        /// <summary>How finely energy is booked while the battery fills, so the taper follows the state of charge.</summary>
        private const long BatteryStepMs = 1000;

        private long _batteryWh;
        private long _storedWattMs;

        /// <summary>The battery's usable size in Wh; 0 when it is not modelled (the vehicle never gets full).</summary>
        public long BatteryWh
        {
            get { lock (_gate) { return _batteryWh; } }
            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                Change(() =>
                {
                    double percent = SocNow();
                    _batteryWh = value;
                    _storedWattMs = (long)(percent / 100 * value * WattMsPerWh);
                });
            }
        }

        /// <summary>The battery's state of charge in percent (0 while it is not modelled).</summary>
        public double StateOfChargePercent
        {
            get
            {
                lock (_gate)
                {
                    BookEnergy();
                    return SocNow();
                }
            }

            set
            {
                if (value < 0 || value > 100)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), "A state of charge is 0 to 100 %");
                }

                Change(() => _storedWattMs = (long)(value / 100 * _batteryWh * WattMsPerWh));
            }
        }

        private double SocNow()
        {
            return _batteryWh == 0 ? 0 : Math.Min(100, _storedWattMs * 100.0 / (_batteryWh * WattMsPerWh));
        }

        /// <summary>The most the vehicle draws per phase now, in 0.1 A: its maximum, less while the battery tapers.</summary>
        private int EvDeciAmpsNow()
        {
            double percent = SocNow();
            if (_batteryWh == 0 || percent <= TaperFromPercent)
            {
                return _evMaxAmps * 10;
            }

            int tapered = (int)(_evMaxAmps * 10 * (100 - percent) / (100 - TaperFromPercent));
            return Math.Min(_evMaxAmps * 10, Math.Max(TaperFloorDeciAmps, tapered));
        }

        /// <summary>Books <paramref name="ms"/> at today's power into the register and the battery; a full battery stops asking.</summary>
        private void BookSpan(long ms)
        {
            if (_batteryWh == 0)
            {
                _energyWattMs += PowerNow() * ms;
                return;
            }

            while (ms > 0)
            {
                long step = Math.Min(ms, BatteryStepMs);
                long wattMs = PowerNow() * step;
                _energyWattMs += wattMs;
                _storedWattMs += wattMs;
                ms -= step;
                if (_storedWattMs >= _batteryWh * WattMsPerWh)
                {
                    _storedWattMs = _batteryWh * WattMsPerWh;
                    _asking = false;
                    _waitingInC = false;
                }
            }
        }
    }
}
