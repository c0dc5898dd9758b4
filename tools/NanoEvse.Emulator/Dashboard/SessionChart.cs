using System.Collections.Generic;

namespace NanoEvse.Emulator.Dashboard
{
    /// <summary>
    /// One connector's power and energy over its current transaction, sampled in charger time. A long session keeps
    /// a bounded number of points: when full, every other point goes and the interval doubles, so the chart keeps
    /// its whole shape at a coarser grain.
    /// </summary>
    public sealed class SessionChart
    {
        public const int MaxPoints = 600;
        private const long FirstIntervalMs = 5_000;

        private readonly List<double> _seconds = new List<double>();
        private readonly List<int> _powerW = new List<int>();
        private readonly List<long> _energyWh = new List<long>();
        private object _session;
        private long _startMs;
        private long _meterStartWh;
        private long _intervalMs = FirstIntervalMs;
        private long _lastMs;
        private int _lastPowerW;

        /// <summary>
        /// Takes a sample of <paramref name="session"/> (null: none runs; the last chart stays) when the interval has
        /// passed or the power changed; a session other than the one charted starts a new chart.
        /// </summary>
        public void Sample(object session, long meterStartWh, long nowMs, int powerW, long meterWh)
        {
            if (session == null)
            {
                return;
            }

            if (!ReferenceEquals(session, _session))
            {
                _session = session;
                _startMs = nowMs;
                _meterStartWh = meterStartWh;
                _intervalMs = FirstIntervalMs;
                _seconds.Clear();
                _powerW.Clear();
                _energyWh.Clear();
            }
            else if (nowMs - _lastMs < _intervalMs && powerW == _lastPowerW)
            {
                return;
            }

            if (_seconds.Count == MaxPoints)
            {
                Thin();
            }

            _lastMs = nowMs;
            _lastPowerW = powerW;
            _seconds.Add((nowMs - _startMs) / 1000.0);
            _powerW.Add(powerW);
            _energyWh.Add(meterWh - _meterStartWh);
        }

        public ChartView View()
        {
            return new ChartView { Seconds = _seconds.ToArray(), PowerW = _powerW.ToArray(), EnergyWh = _energyWh.ToArray() };
        }

        /// <summary>Keeps the even points; the newest sample follows, so the end of the session stays exact.</summary>
        private void Thin()
        {
            for (int i = 0, kept = 0; i < _seconds.Count; i += 2, kept++)
            {
                _seconds[kept] = _seconds[i];
                _powerW[kept] = _powerW[i];
                _energyWh[kept] = _energyWh[i];
            }

            int half = (_seconds.Count + 1) / 2;
            _seconds.RemoveRange(half, _seconds.Count - half);
            _powerW.RemoveRange(half, _powerW.Count - half);
            _energyWh.RemoveRange(half, _energyWh.Count - half);
            _intervalMs *= 2;
        }
    }
}
