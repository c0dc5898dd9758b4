using NanoEvse.Drivers.Bus;
using NanoEvse.Drivers.Signals;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.ProximityPilot
{
    /// <summary>
    /// The proximity pilot of a socket. PP is pulled up to the ADC supply through a known resistor, so the voltage
    /// at the ADC gives the cable's PP-PE resistance. A new reading counts after <see cref="StableReadings"/> polls
    /// in a row agree, which rides out the contact bounce while a plug goes in. The result is one int, so the core
    /// may read it while a sampling thread polls.
    /// </summary>
    public sealed class PlugSensorDriver : IPlugSensor, IPolledDriver
    {
        public const int StableReadings = 3;

        private readonly IAnalogInput _adc;
        private readonly int _supplyMillivolts;
        private readonly int _pullUpOhms;
        private readonly ConsecutiveFilter _coding = new ConsecutiveFilter(CableCoding.NoCable, StableReadings);

        public PlugSensorDriver(IAnalogInput adc, int supplyMillivolts, int pullUpOhms)
        {
            _adc = adc;
            _supplyMillivolts = supplyMillivolts;
            _pullUpOhms = pullUpOhms;
        }

        public bool IsPlugged
        {
            get { return _coding.Value != CableCoding.NoCable; }
        }

        public int CableAmps
        {
            get { return _coding.Value > 0 ? _coding.Value : 0; }
        }

        public void Poll()
        {
            _coding.Add(CableCoding.Decode(ResistanceOhms(_adc.ReadMillivolts())));
        }

        /// <summary>PP to PE resistance from the divider it forms with the pull-up; int.MaxValue when open.</summary>
        private int ResistanceOhms(int millivolts)
        {
            long headroom = _supplyMillivolts - millivolts;
            if (headroom <= 0)
            {
                return int.MaxValue;
            }

            if (millivolts <= 0)
            {
                return 0;
            }

            long ohms = (long)_pullUpOhms * millivolts / headroom;
            return ohms > int.MaxValue ? int.MaxValue : (int)ohms;
        }
    }
}
