using System;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Hal.Host.Evse
{
    /// <summary>The vehicle, the cable, and the pilot and proximity signals they produce.</summary>
    public sealed partial class SimulatedConnector
    {
        public const int NominalVolts = 230;

        /// <summary>The least current IEC 61851-1 lets the charger offer; below it a vehicle may not draw.</summary>
        public const int MinOfferAmps = 6;

        public const int MaxOfferAmps = 80;

        private const int MinOfferDeciAmps = MinOfferAmps * 10;
        private const int MaxOfferDeciAmps = MaxOfferAmps * 10;

        /// <summary>The cable <see cref="Plug()"/> uses on a socket.</summary>
        public const int DefaultCableAmps = 32;

        private static readonly int[] CableRatings = { 13, 20, 32, 63 };

        private readonly int _fixedCableAmps;
        private int _offeredDeciAmps;
        private bool _vehicleConnected;
        private bool _cableInSocket;
        private int _socketCableAmps;
        private bool _asking;
        private int _evMaxAmps = 32;
        private int _evPhases = 3;
        private bool _evNeedsVentilation;
        private bool _evAsksAtOnce;
        private bool _evWaitsForPwm;
        private bool _waitingInC;
        private bool _pilotShorted;
        private bool _diodeMissing;

        /// <summary>The most current the vehicle's on-board charger draws per phase, in A.</summary>
        public int EvMaxAmps
        {
            get { lock (_gate) { return _evMaxAmps; } }
            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                Change(() => _evMaxAmps = value);
            }
        }

        /// <summary>How many phases the vehicle charges on: 1 or 3.</summary>
        public int EvPhases
        {
            get { lock (_gate) { return _evPhases; } }
            set
            {
                if (value != 1 && value != 3)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), "A vehicle charges on 1 or 3 phases");
                }

                Change(() => _evPhases = value);
            }
        }

        /// <summary>The vehicle asks for energy with ventilation (pilot D instead of C).</summary>
        public bool EvNeedsVentilation
        {
            get { lock (_gate) { return _evNeedsVentilation; } }
            set { Change(() => _evNeedsVentilation = value); }
        }

        /// <summary>
        /// When the PWM stops while the vehicle charges, it stays in C (or D) drawing nothing, waiting for the PWM to
        /// return (IEC 61851-1 state C1), instead of falling back to B.
        /// </summary>
        public bool EvWaitsForPwm
        {
            get { lock (_gate) { return _evWaitsForPwm; } }
            set { Change(() => _evWaitsForPwm = value); }
        }

        /// <summary>A vehicle plugged in from now on asks for energy at once, without <see cref="AskForEnergy"/>.</summary>
        public bool EvAsksAtOnce
        {
            get { lock (_gate) { return _evAsksAtOnce; } }
            set { lock (_gate) { _evAsksAtOnce = value; } }
        }

        public bool VehicleConnected
        {
            get { lock (_gate) { return _vehicleConnected; } }
        }

        /// <summary>What the charger last advertised through the pilot, in 0.1 A; 0 for none.</summary>
        public int OfferedDeciAmps
        {
            get { lock (_gate) { return _offeredDeciAmps; } }
        }

        /// <summary>The pilot reads 0 V (state E) whether or not a vehicle is there.</summary>
        public bool PilotShorted
        {
            get { lock (_gate) { return _pilotShorted; } }
            set { Change(() => _pilotShorted = value); }
        }

        /// <summary>The vehicle's pilot diode is missing: a connected vehicle reads as state F.</summary>
        public bool DiodeMissing
        {
            get { lock (_gate) { return _diodeMissing; } }
            set { Change(() => _diodeMissing = value); }
        }

        /// <summary>The pilot now; booking first, as a battery that just got full stops asking.</summary>
        public int State
        {
            get
            {
                lock (_gate)
                {
                    BookEnergy();
                    return PilotNow();
                }
            }
        }

        /// <summary>For a socket, whether a cable is in it; a fixed cable is always there.</summary>
        public bool IsPlugged
        {
            get { lock (_gate) { return FixedCable || _cableInSocket; } }
        }

        public int CableAmps
        {
            get { lock (_gate) { return CableAmpsNow(); } }
        }

        public void OfferDeciAmps(int deciAmps)
        {
            if (deciAmps != 0 && (deciAmps < MinOfferDeciAmps || deciAmps > MaxOfferDeciAmps))
            {
                throw new ArgumentOutOfRangeException(nameof(deciAmps), deciAmps, "The pilot offers 0 or 6 to 80 A");
            }

            // Called on every poll of the core: no closure, so idle-allocation figures measure the core alone.
            lock (_gate)
            {
                BookEnergy();
                bool withdrawn = deciAmps < MinOfferDeciAmps && _offeredDeciAmps >= MinOfferDeciAmps;
                if (withdrawn && PilotState.WantsEnergy(PilotNow()))
                {
                    _waitingInC = _evWaitsForPwm;
                }
                else if (deciAmps >= MinOfferDeciAmps)
                {
                    _waitingInC = false;
                }

                _offeredDeciAmps = deciAmps;
            }
        }

        /// <summary>Plugs a vehicle into the socket with a cable of the given rating (13, 20, 32 or 63 A).</summary>
        public void Plug(int cableAmps)
        {
            if (FixedCable)
            {
                throw new InvalidOperationException("A fixed cable's rating is the connector's; use Plug()");
            }

            if (Array.IndexOf(CableRatings, cableAmps) < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(cableAmps), cableAmps, "Cables are rated 13, 20, 32 or 63 A");
            }

            Change(() =>
            {
                ConnectVehicle();
                _cableInSocket = true;
                _socketCableAmps = cableAmps;
            });
        }

        /// <summary>Plugs a vehicle in: with the charger's own cable, or into the socket with a 32 A cable.</summary>
        public void Plug()
        {
            if (FixedCable)
            {
                Change(ConnectVehicle);
            }
            else
            {
                Plug(DefaultCableAmps);
            }
        }

        /// <summary>
        /// Pulls the cable out. The vehicle end always comes off; a socket's end stays in while the lock holds it.
        /// Returns whether the connector is free of the cable (always true for a fixed cable).
        /// </summary>
        public bool Unplug()
        {
            bool free = false;
            Change(() =>
            {
                _vehicleConnected = false;
                _asking = false;
                _waitingInC = false;
                if (!LockedNow())
                {
                    _cableInSocket = false;
                    _socketCableAmps = 0;
                }

                free = FixedCable || !_cableInSocket;
            });
            return free;
        }

        /// <summary>The vehicle asks for energy: pilot C (or D) once the charger offers current, B until then.</summary>
        public void AskForEnergy()
        {
            Change(() =>
            {
                RequireVehicle();
                _asking = true;
            });
        }

        /// <summary>The vehicle stops asking for energy (full, or paused by its owner): pilot B.</summary>
        public void Pause()
        {
            Change(() =>
            {
                RequireVehicle();
                _asking = false;
                _waitingInC = false;
            });
        }

        private void ConnectVehicle()
        {
            if (_vehicleConnected)
            {
                throw new InvalidOperationException("A vehicle is already plugged in");
            }

            _vehicleConnected = true;
            _asking = _evAsksAtOnce;
        }

        private void RequireVehicle()
        {
            if (!_vehicleConnected)
            {
                throw new InvalidOperationException("No vehicle is plugged in");
            }
        }

        private int CableAmpsNow()
        {
            return FixedCable ? _fixedCableAmps : _socketCableAmps;
        }

        private int PilotNow()
        {
            if (_pilotShorted)
            {
                return PilotState.E;
            }

            if (!_vehicleConnected)
            {
                return PilotState.A;
            }

            if (_diodeMissing)
            {
                return PilotState.F;
            }

            // IEC 61851-1: a vehicle may only switch to C or D while the pilot's PWM offers current; one already
            // there when the PWM stops may stay there without drawing (C1).
            if (!_asking || (_offeredDeciAmps < MinOfferDeciAmps && !_waitingInC))
            {
                return PilotState.B;
            }

            return _evNeedsVentilation ? PilotState.D : PilotState.C;
        }
    }
}
