using System;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Tests.HalHost.Evse
{
    /// <summary>A simulated connector on a virtual clock, seen through the hardware the charger core is given.</summary>
    internal sealed class SimulatedHardware
    {
        public const long Minute = 60_000;

        public SimulatedHardware(bool fixedCable = false, int maxAmps = 32)
        {
            Clock = new VirtualClock(new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc));
            Sim = new SimulatedConnector(Clock, fixedCable, maxAmps);
        }

        public VirtualClock Clock { get; }

        public SimulatedConnector Sim { get; }

        public ConnectorHardware Hw => Sim.Hardware;

        public string Pilot => PilotState.Names[Hw.Pilot.State];

        /// <summary>Plugs a vehicle that asks for energy, offers it <paramref name="amps"/> and closes the contactor.</summary>
        public void StartCharging(int amps)
        {
            Sim.Plug();
            Sim.AskForEnergy();
            Hw.Pilot.OfferDeciAmps(amps * 10);
            Hw.Contactor.Command(true);
        }

        public MeterReading Read()
        {
            var reading = new MeterReading();
            if (!Hw.Meter.Read(reading))
            {
                throw new InvalidOperationException("The meter did not answer");
            }

            return reading;
        }
    }
}
