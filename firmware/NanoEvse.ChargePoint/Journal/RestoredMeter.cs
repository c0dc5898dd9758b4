using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// A connector's meter as the charger core sees it: the import register never goes back. It starts from the
    /// value the journal last wrote to flash; a meter that reads less than was already reported (a metering chip
    /// that counts from zero again after a restart) is continued from there with an offset. Each reading is
    /// offered to the journal, which writes the register now and then while it grows.
    /// </summary>
    public sealed class RestoredMeter : IEnergyMeter
    {
        private const string Component = "meter";
        private readonly IEnergyMeter _meter;
        private readonly int _connectorId;
        private readonly TransactionJournal _journal;
        private readonly ILog _log;
        private readonly MeterReading _scratch = new MeterReading();
        private long _registerWh;
        private long _offsetWh;

        public RestoredMeter(IEnergyMeter meter, int connectorId, long floorWh, TransactionJournal journal, ILog log)
        {
            _meter = meter;
            _connectorId = connectorId;
            _registerWh = floorWh;
            _journal = journal;
            _log = log;
        }

        /// <summary>The import register last reported, in Wh.</summary>
        public long RegisterWh
        {
            get { return _registerWh; }
        }

        public bool Read(MeterReading reading)
        {
            if (!_meter.Read(reading))
            {
                return false;
            }

            long raw = reading.EnergyImportWh;
            if (raw + _offsetWh < _registerWh)
            {
                _offsetWh = _registerWh - raw;
                _log.Write(LogLevel.Info, Component, "connector " + _connectorId + ": the meter reads " + raw + " Wh; its register continues from "
                    + _registerWh + " Wh");
            }

            _registerWh = raw + _offsetWh;
            reading.EnergyImportWh = _registerWh;
            _journal.OnRegister(_connectorId, _registerWh);
            return true;
        }

        /// <summary>Reads the meter now; the register, or the last one known when the meter cannot be read.</summary>
        public long ReadRegister()
        {
            Read(_scratch);
            return _registerWh;
        }
    }
}
