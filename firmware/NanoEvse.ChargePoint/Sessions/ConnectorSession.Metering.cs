using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>What the meter values need from a session: the meter reading and the current the pilot offers.</summary>
    public sealed partial class ConnectorSession
    {
        private int _deciAmpsOffered;

        /// <summary>The meter's latest reading (read at most once a second); whoever keeps values copies them.</summary>
        public MeterReading LatestReading
        {
            get { return _reading; }
        }

        /// <summary>The current the pilot advertises now, per phase in 0.1 A; 0 when no energy is offered.</summary>
        public int DeciAmpsOffered
        {
            get { return _deciAmpsOffered; }
        }

        /// <summary>Reads the meter now; false when it cannot be read (<see cref="LatestReading"/> keeps the last values).</summary>
        public bool ReadMeterNow()
        {
            ReadMeter(_clock.MonotonicMs);
            return !_meterFailed;
        }

        private void OfferPilot(int deciAmps)
        {
            _deciAmpsOffered = deciAmps;
            _hardware.Pilot.OfferDeciAmps(deciAmps);
        }
    }
}
