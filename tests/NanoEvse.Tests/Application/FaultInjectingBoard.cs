using System;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Tests.Application
{
    /// <summary>
    /// A simulated board whose pilot, meter, lock, contactor feedback and card reader pass through to the
    /// simulation until <see cref="ThrowFrom"/> names one of them: from then on that one throws, as a driver
    /// meeting a bus error would.
    /// </summary>
    public sealed class FaultInjectingBoard : IChargerBoard
    {
        public const string Message = "injected failure";

        public FaultInjectingBoard(SimulatedBoard board)
        {
            Inner = board;
            SimulatedConnector evse = board.Connectors[0];
            Faulty faulty = new Faulty(this, evse, board.Reader);
            ConnectorHardware hardware = new ConnectorHardware
            {
                Pilot = faulty,
                Contactor = faulty,
                Meter = faulty,
                ResidualCurrent = evse,
                Lock = evse.Hardware.Lock == null ? null : faulty,
                Plug = evse.Hardware.Plug,
                MaxAmps = evse.Hardware.MaxAmps,
            };
            Hardware = new ChargerHardware(new[] { hardware }, board.Reader == null ? null : faulty);
        }

        public SimulatedBoard Inner { get; }

        public ChargerHardware Hardware { get; }

        /// <summary>"pilot", "meter", "lock", "contactor" or "card reader"; null for none.</summary>
        public volatile string ThrowFrom;

        public void SampleSafetyInputs() => Inner.SampleSafetyInputs();

        public void PollPeripherals() => Inner.PollPeripherals();

        public void SetTripListener(int connectorIndex, ITripListener listener) => Inner.SetTripListener(connectorIndex, listener);

        private sealed class Faulty : IControlPilot, IContactor, IEnergyMeter, IConnectorLock, IRfidReader
        {
            private readonly FaultInjectingBoard _board;
            private readonly SimulatedConnector _evse;
            private readonly SimulatedRfidReader _reader;

            public Faulty(FaultInjectingBoard board, SimulatedConnector evse, SimulatedRfidReader reader)
            {
                _board = board;
                _evse = evse;
                _reader = reader;
            }

            public int State => Check("pilot") ? _evse.State : 0;

            public void OfferDeciAmps(int deciAmps)
            {
                Check("pilot");
                _evse.OfferDeciAmps(deciAmps);
            }

            public bool IsClosed => Check("contactor") && _evse.IsClosed;

            void IContactor.Command(bool closed)
            {
                ((IContactor)_evse).Command(closed);
            }

            public bool Read(MeterReading reading) => Check("meter") && _evse.Read(reading);

            public bool IsLocked => Check("lock") && _evse.IsLocked;

            void IConnectorLock.Command(bool locked)
            {
                Check("lock");
                ((IConnectorLock)_evse).Command(locked);
            }

            public string TakeTag() => Check("card reader") ? _reader.TakeTag() : null;

            private bool Check(string part)
            {
                if (_board.ThrowFrom == part)
                {
                    throw new InvalidOperationException(Message + " (" + part + ")");
                }

                return true;
            }
        }
    }
}
