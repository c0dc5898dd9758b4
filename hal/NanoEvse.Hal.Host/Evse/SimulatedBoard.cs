using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>
    /// The board of a simulated charger: its connectors and card reader. The simulation works its inputs out
    /// whenever they are read, so there is nothing to sample; it counts the calls so tests can see who samples.
    /// </summary>
    public sealed class SimulatedBoard : IChargerBoard
    {
        private int _safetySamples;
        private int _peripheralPolls;

        public SimulatedBoard(SimulatedConnector[] connectors, SimulatedRfidReader reader)
        {
            Connectors = connectors;
            Reader = reader;
            ConnectorHardware[] hardware = new ConnectorHardware[connectors.Length];
            for (int i = 0; i < connectors.Length; i++)
            {
                hardware[i] = connectors[i].Hardware;
            }

            Hardware = new ChargerHardware(hardware, reader);
        }

        /// <summary>Index 0 is connector 1.</summary>
        public SimulatedConnector[] Connectors { get; }

        /// <summary>Null when the charger has no card reader.</summary>
        public SimulatedRfidReader Reader { get; }

        public ChargerHardware Hardware { get; }

        /// <summary>How often the safety inputs were sampled.</summary>
        public int SafetySamples => System.Threading.Volatile.Read(ref _safetySamples);

        public int PeripheralPolls => System.Threading.Volatile.Read(ref _peripheralPolls);

        public void SampleSafetyInputs()
        {
            System.Threading.Interlocked.Increment(ref _safetySamples);
        }

        public void PollPeripherals()
        {
            System.Threading.Interlocked.Increment(ref _peripheralPolls);
        }

        /// <summary>Tells <paramref name="listener"/> when the simulated residual-current fault of the connector is switched on.</summary>
        public void SetTripListener(int connectorIndex, ITripListener listener)
        {
            Connectors[connectorIndex].TripListener = listener;
        }
    }
}
