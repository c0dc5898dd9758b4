namespace NanoEvse.Hal.Evse
{
    /// <summary>Everything the charger core drives or reads: one <see cref="ConnectorHardware"/> per connector, and the card reader.</summary>
    public sealed class ChargerHardware
    {
        public ChargerHardware(ConnectorHardware[] connectors, IRfidReader reader)
        {
            Connectors = connectors;
            Reader = reader;
        }

        /// <summary>Index 0 is connector 1.</summary>
        public ConnectorHardware[] Connectors { get; private set; }

        /// <summary>Null when the charger has no card reader.</summary>
        public IRfidReader Reader { get; private set; }
    }
}
