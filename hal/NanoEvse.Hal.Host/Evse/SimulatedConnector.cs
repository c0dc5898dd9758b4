using System;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>
    /// One connector's hardware and the vehicle plugged into it, in virtual time: pilot, contactor, meter,
    /// residual-current monitor, socket lock and proximity sensor in one object. The charger core sees only
    /// <see cref="Hardware"/>; tests drive the vehicle, inject faults and observe the core's commands through the
    /// public members.
    /// Power only changes when one of this object's members changes something, or as a modelled battery fills, so
    /// every such change and every reading first books the energy delivered since the previous one, at the clock's
    /// monotonic time (in steps while a battery fills): the register is exact however rarely it is read. Members may be called from any thread (the emulator drives the vehicle from its console).
    /// </summary>
    public sealed partial class SimulatedConnector :
        IControlPilot, IContactor, IEnergyMeter, IResidualCurrentMonitor, IConnectorLock, IPlugSensor
    {
        private readonly object _gate = new object();
        private readonly IClock _clock;

        /// <param name="fixedCable">The cable is part of the charger: no socket lock, no proximity pilot.</param>
        /// <param name="maxAmps">What the connector's wiring allows; also the rating of a fixed cable.</param>
        public SimulatedConnector(IClock clock, bool fixedCable, int maxAmps = 32)
        {
            if (maxAmps < MinOfferAmps || maxAmps > MaxOfferAmps)
            {
                throw new ArgumentOutOfRangeException(nameof(maxAmps), "A connector carries 6 to 80 A");
            }

            _clock = clock ?? throw new ArgumentNullException(nameof(clock));
            _lastBookedMs = clock.MonotonicMs;
            FixedCable = fixedCable;
            _fixedCableAmps = maxAmps;
            Hardware = new ConnectorHardware
            {
                Pilot = this,
                Contactor = this,
                Meter = this,
                ResidualCurrent = this,
                Lock = fixedCable ? null : this,
                Plug = fixedCable ? null : this,
                MaxAmps = maxAmps,
            };
        }

        /// <summary>What the charger core is given for this connector.</summary>
        public ConnectorHardware Hardware { get; }

        public bool FixedCable { get; }

        /// <summary>Books the energy delivered since the last change, then applies <paramref name="change"/>.</summary>
        private void Change(Action change)
        {
            lock (_gate)
            {
                BookEnergy();
                change();
            }
        }
    }
}
