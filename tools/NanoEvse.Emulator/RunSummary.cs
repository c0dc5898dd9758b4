using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NanoEvse.Emulator.Commands;
using NanoEvse.Hal;
using Spectre.Console;

namespace NanoEvse.Emulator
{
    /// <summary>What a run amounted to: energy delivered, how long it took, the OCPP messages by action, and each transaction.</summary>
    public sealed class RunSummary
    {
        private readonly EmulatedCharger _charger;
        private readonly IClock _clock;
        private readonly double _speed;
        private readonly ConsoleLog _log;
        private readonly long[] _startWh;
        private readonly long _startMs;
        private readonly TransactionLedger _transactions = new TransactionLedger();

        public RunSummary(EmulatedCharger charger, IClock clock, double speed, ConsoleLog log)
        {
            _charger = charger;
            _clock = clock;
            _speed = speed;
            _log = log;
            _startMs = clock.MonotonicMs;
            log.Tally.Observed += _transactions.Observe;
            _startWh = new long[charger.Connectors.Length];
            for (int i = 0; i < _startWh.Length; i++)
            {
                _startWh[i] = charger.Connectors[i].EnergyWh;
            }
        }

        public void Print(TimeSpan real)
        {
            long totalWh = 0;
            StringBuilder perConnector = new StringBuilder();
            for (int i = 0; i < _startWh.Length; i++)
            {
                long wh = _charger.Connectors[i].EnergyWh - _startWh[i];
                totalWh += wh;
                perConnector.Append(perConnector.Length == 0 ? string.Empty : ", ").Append("connector ").Append(i + 1).Append(": ").Append(wh).Append(" Wh");
            }

            string speed = _speed.ToString("0.##", CultureInfo.InvariantCulture);
            _log.Print("Summary");
            _log.Print("  energy delivered  " + (totalWh / 1000.0).ToString("0.000", CultureInfo.InvariantCulture) + " kWh (" + perConnector + ")");
            _log.Print("  duration          " + DurationText.Format(_clock.MonotonicMs - _startMs) + " of charger time, " +
                real.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s real (--speed " + speed + ")");
            _log.Print("  boots             " + _charger.Boots);
            _log.Print("  CP -> CSMS calls  " + Counts(_log.Tally.Sent));
            _log.Print("  CSMS -> CP calls  " + Counts(_log.Tally.Received));
            Table transactions = _transactions.SummaryTable();
            if (transactions == null)
            {
                _log.Print("  transactions      none");
            }
            else
            {
                _log.Print("  transactions");
                _log.Print(new Padder(transactions, new Padding(4, 0, 0, 0)));
            }
        }

        private static string Counts(IReadOnlyDictionary<string, int> counts)
        {
            if (counts.Count == 0)
            {
                return "none";
            }

            StringBuilder text = new StringBuilder();
            foreach (KeyValuePair<string, int> pair in counts)
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(pair.Key).Append(' ').Append(pair.Value);
            }

            return text.ToString();
        }
    }
}
