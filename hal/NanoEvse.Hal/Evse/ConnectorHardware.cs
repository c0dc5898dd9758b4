namespace NanoEvse.Hal.Evse
{
    /// <summary>The hardware of one connector. Lock and Plug are null for a fixed cable.</summary>
    public sealed class ConnectorHardware
    {
        public IControlPilot Pilot;
        public IContactor Contactor;
        public IEnergyMeter Meter;
        public IResidualCurrentMonitor ResidualCurrent;
        public IConnectorLock Lock;
        public IPlugSensor Plug;

        /// <summary>The most current the connector's wiring and contactor allow, in A.</summary>
        public int MaxAmps = 32;
    }
}
