using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>What the meter values need from a session: the meter reading and the current the pilot offers.</summary>
    public sealed partial class ConnectorSession
    {
        private int _ampsOffered;

        /// <summary>The meter's latest reading (read at most once a second); whoever keeps values copies them.</summary>
        public MeterReading LatestReading
        {
            get { return _reading; }
        }

        /// <summary>The current the pilot advertises now, in A; 0 when no energy is offered.</summary>
        public int AmpsOffered
        {
            get { return _ampsOffered; }
        }

        /// <summary>Reads the meter now; false when it cannot be read (<see cref="LatestReading"/> keeps the last values).</summary>
        public bool ReadMeterNow()
        {
            ReadMeter(_clock.MonotonicMs);
            return !_meterFailed;
        }

        private void OfferPilot(int amps)
        {
            _ampsOffered = amps;
            _hardware.Pilot.Offer(amps);
        }
    }
}
