using System;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Model;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// One connector's charging logic, driven only by what its hardware reports. Every poll it works out the
    /// OCPP status and what the hardware must do; the contactor may close only while an authorized transaction
    /// runs, current is offered, the vehicle asks for energy (pilot C or D) and nothing is faulted.
    /// </summary>
    public sealed partial class ConnectorSession
    {
        /// <summary>How long the contactor's feedback may lag its command before the contactor counts as failed.</summary>
        public const int ContactorSettleMs = 500;

        /// <summary>
        /// IEC 61851-1 gives a vehicle 3 s to stop drawing once the PWM stops; after a limit below 6 A took the offer
        /// away, the contactor opens when the vehicle leaves C or D, or after this long.
        /// </summary>
        public const int PwmStopGraceMs = 3000;

        // 6 A: the least current the pilot can signal.
        private const int MinOfferDeciAmps = 60;
        private const int MeterPeriodMs = 1000;
        private const string Component = "session";

        private readonly ConnectorHardware _hardware;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly ISessionListener _listener;
        private readonly ConfigKey _connectionTimeOut;
        private readonly ConfigKey _stopOnEvDisconnect;
        private readonly ConfigKey _unlockOnEvDisconnect;
        private readonly MeterReading _reading = new MeterReading();
        private bool _contactorCommand;
        private bool _requestedClosed;
        private bool _wasConnected;
        private long _contactorChangedMs;
        private long _pwmStoppedMs;
        private bool _limitedOut;
        private long _lastMeterMs;
        private bool _meterFailed;
        private bool _switchFailed;
        private string _pendingTag;
        private int _pendingReservationId = Transaction.NoReservation;
        private long _preparingSinceMs = -1;
        private bool _timedOut;
        private bool _finishing;
        private bool _inoperative;

        public ConnectorSession(Connector connector, ConnectorHardware hardware, ChargerConfiguration config, IClock clock, ILog log, ISessionListener listener)
        {
            Connector = connector;
            _hardware = hardware;
            _clock = clock;
            _log = log;
            _listener = listener;
            // The contactor is open at power-up; its feedback gets the settle time from boot, and the meter is read on the first poll.
            _contactorChangedMs = clock.MonotonicMs;
            _pwmStoppedMs = clock.MonotonicMs - PwmStopGraceMs;
            _lastMeterMs = clock.MonotonicMs - MeterPeriodMs;
            Lock = hardware.Lock == null ? null : new SocketLock(hardware.Lock, connector.Id, log);
            _connectionTimeOut = config.Find(KeyNames.ConnectionTimeOut);
            _stopOnEvDisconnect = config.Find(KeyNames.StopTransactionOnEVSideDisconnect);
            _unlockOnEvDisconnect = config.Find(KeyNames.UnlockConnectorOnEVSideDisconnect);
        }

        public Connector Connector { get; private set; }

        public int Id
        {
            get { return Connector.Id; }
        }

        /// <summary>The running transaction, or null.</summary>
        public Transaction Transaction { get; private set; }

        /// <summary>A tag authorized for this connector, waiting for a vehicle to start with; or null.</summary>
        public string PendingTag
        {
            get { return _pendingTag; }
        }

        /// <summary>Set by ChangeAvailability; the connector takes no new transaction while it is set.</summary>
        public bool Inoperative
        {
            get { return _inoperative; }
            set
            {
                _inoperative = value;
                if (value)
                {
                    // A tag still waiting for a vehicle would otherwise start a session once the connector is operative again.
                    _pendingTag = null;
                }
            }
        }

        /// <summary>Set by the Reservation module while the connector is held for a tag: it reports Reserved instead of Available.</summary>
        public bool Reserved { get; set; }

        /// <summary>Set once a Reset is accepted: no new transaction starts before the restart, and the status stays as it is.</summary>
        public bool ResetPending { get; set; }

        /// <summary>
        /// Whether a new transaction may start here: none runs, the connector is operative, not resetting and not
        /// faulted, and the journal has room to record it.
        /// </summary>
        public bool TakesNewTransaction
        {
            get { return Transaction == null && !Inoperative && !ResetPending && Fault == null && !VehicleCommunicationError && _listener.HasRoomForTransaction(); }
        }

        public int PilotState
        {
            get { return _hardware.Pilot.State; }
        }

        public bool ContactorCommanded
        {
            get { return _contactorCommand; }
        }

        /// <summary>How many times a vehicle has left this connector: an answer about a driver who has since left is stale.</summary>
        public int Departures { get; private set; }

        public bool VehicleConnected
        {
            get
            {
                bool plugged = _hardware.Plug == null || _hardware.Plug.IsPlugged;
                return plugged && Hal.Evse.PilotState.VehicleConnected(_hardware.Pilot.State);
            }
        }

        /// <summary>A socket still holds a cable, though the vehicle end may be unplugged.</summary>
        private bool CableInSocket
        {
            get { return _hardware.Plug != null && _hardware.Plug.IsPlugged; }
        }

        /// <summary>A fault that forbids energy, or null: the StatusNotification error code.</summary>
        public string Fault
        {
            get
            {
                if (_hardware.ResidualCurrent.IsTripped)
                {
                    return ConnectorErrorCode.GroundFailure;
                }

                if (_hardware.Pilot.State == Hal.Evse.PilotState.E)
                {
                    // 0 V on the pilot is a short or the charger's own pilot circuit: the charger cannot offer energy.
                    return ConnectorErrorCode.OtherError;
                }

                if (_switchFailed)
                {
                    return ConnectorErrorCode.PowerSwitchFailure;
                }

                if (_meterFailed)
                {
                    return ConnectorErrorCode.PowerMeterFailure;
                }

                return Lock != null && Lock.Failed ? ConnectorErrorCode.ConnectorLockFailure : null;
            }
        }

        /// <summary>
        /// Pilot state F seen by the charger: a vehicle without its pilot diode. Not a charger fault, so the status
        /// is Preparing or SuspendedEVSE with EVCommunicationError (the only statuses OCPP allows with that code);
        /// no energy and no new transaction meanwhile.
        /// </summary>
        public bool VehicleCommunicationError
        {
            get { return _hardware.Pilot.State == Hal.Evse.PilotState.F; }
        }

        /// <summary>The meter's energy register, read at most once a second unless <paramref name="fresh"/>.</summary>
        public long EnergyWh(bool fresh)
        {
            if (fresh)
            {
                ReadMeter(_clock.MonotonicMs);
            }

            return _reading.EnergyImportWh;
        }

        /// <summary>
        /// A tag the CSMS or the reader authorized for this connector: starts a transaction once a vehicle is there,
        /// using reservation <paramref name="reservationId"/> (or <see cref="Transaction.NoReservation"/>).
        /// </summary>
        public bool Authorize(string idTag, int reservationId)
        {
            if (!TakesNewTransaction)
            {
                return false;
            }

            _pendingTag = idTag;
            _pendingReservationId = reservationId;
            _timedOut = false;
            _preparingSinceMs = _clock.MonotonicMs;
            return true;
        }

        /// <summary>Ends the running transaction: the contactor opens at once, then StopTransaction is sent.</summary>
        public bool Stop(string reason)
        {
            return Stop(reason, null);
        }

        /// <summary>As <see cref="Stop(string)"/>, for a session ended by the card <paramref name="idTag"/>.</summary>
        public bool Stop(string reason, string idTag)
        {
            Transaction transaction = Transaction;
            if (transaction == null)
            {
                return false;
            }

            transaction.StopReason = reason;
            transaction.StopIdTag = idTag;
            Command(false, _clock.MonotonicMs);
            OfferPilot(0);
            Transaction = null;
            _finishing = VehicleConnected || CableInSocket;
            long meterStop = EnergyWh(true);
            _log.Write(LogLevel.Info, Component, "connector " + Id + ": transaction stopped (" + reason + ")");
            _listener.OnTransactionStopped(this, transaction, meterStop);
            ReleaseLockAfterStop(reason);

            return true;
        }

        /// <summary>The CSMS refused the tag in StartTransaction.conf: energy stops, and the session ends if configured so.</summary>
        public void Deauthorize(bool stop)
        {
            if (Transaction == null)
            {
                return;
            }

            Transaction.Authorized = false;
            if (stop)
            {
                Stop(StopReason.DeAuthorized);
            }
        }

        public void Poll()
        {
            long nowMs = _clock.MonotonicMs;
            if (nowMs - _lastMeterMs >= MeterPeriodMs)
            {
                ReadMeter(nowMs);
            }

            CheckContactor(nowMs);
            bool connected = VehicleConnected;
            if (_wasConnected && !connected)
            {
                Departures++;
            }

            _wasConnected = connected;
            PollProtection(nowMs, connected);
            string fault = Fault;
            if (fault != null && Transaction != null)
            {
                // A charger fault ends the session: energy cannot resume safely or be metered until it is repaired.
                // The residual-current device tripping is the protection's emergency stop.
                Stop(fault == ConnectorErrorCode.GroundFailure ? StopReason.EmergencyStop : StopReason.Other);
            }

            if (!connected)
            {
                _finishing = _finishing && CableInSocket;
                if (Transaction != null)
                {
                    OnVehicleGone();
                }
            }

            bool startable = Transaction == null && _pendingTag != null && connected && fault == null && !Inoperative && !ResetPending
                && _listener.HasRoomForTransaction();
            if (SocketReadyToStart(startable, nowMs))
            {
                StartTransaction(nowMs);
            }

            ExpirePendingTag(nowMs, connected);
            DriveHardware(nowMs, fault);
            Connector.SetStatus(StatusFor(connected, fault), ErrorCodeFor(fault), StatusInfo(connected), _clock.UtcNow, _clock.MonotonicMs);
        }

        private void OnVehicleGone()
        {
            if (ConfigKey.BoolOr(_stopOnEvDisconnect, true))
            {
                Stop(StopReason.EVDisconnected);
                return;
            }

            // The session stays open (suspended) until it is stopped another way; energy is off anyway.
            if (Lock != null && ConfigKey.BoolOr(_unlockOnEvDisconnect, true))
            {
                Lock.Release(_clock.MonotonicMs);
            }
        }

        private void StartTransaction(long nowMs)
        {
            Transaction = new Transaction(Id, _pendingTag, EnergyWh(true), _clock.UtcNow, _clock.MonotonicMs);
            Transaction.ReservationId = _pendingReservationId;
            _pendingTag = null;
            _preparingSinceMs = -1;
            _log.Write(LogLevel.Info, Component, "connector " + Id + ": transaction started for " + Transaction.IdTag);
            _listener.OnTransactionStarted(this, Transaction);
        }

        /// <summary>ConnectionTimeOut counts from Preparing: a tag not followed by a vehicle, or a vehicle not followed by a tag, expires.</summary>
        private void ExpirePendingTag(long nowMs, bool connected)
        {
            bool preparing = Transaction == null && !_finishing && !_timedOut && (connected || _pendingTag != null);
            if (!preparing)
            {
                if (!connected && _pendingTag == null)
                {
                    _timedOut = false;
                }

                _preparingSinceMs = -1;
                return;
            }

            if (_preparingSinceMs < 0)
            {
                _preparingSinceMs = nowMs;
            }

            int timeoutSeconds = ConfigKey.IntOr(_connectionTimeOut, 0);
            if (timeoutSeconds > 0 && nowMs - _preparingSinceMs >= timeoutSeconds * 1000L)
            {
                _log.Write(LogLevel.Info, Component, "connector " + Id + ": no transaction within ConnectionTimeOut");
                _pendingTag = null;
                _timedOut = true;
                _preparingSinceMs = -1;
            }
        }

        private void DriveHardware(long nowMs, string fault)
        {
            Transaction transaction = Transaction;
            bool energyAllowed = transaction != null && transaction.Authorized && fault == null && !_switchFailed
                && !VehicleCommunicationError && (Lock == null || Lock.IsLocked);
            int available = AvailableDeciAmps();
            NoteLimitedOut(available == 0);
            int deciAmps = energyAllowed ? available : 0;
            if (deciAmps == 0 && DeciAmpsOffered > 0)
            {
                _pwmStoppedMs = nowMs;
            }

            OfferPilot(deciAmps);

            // Without an offer the contactor never closes; one already closed stays so while the vehicle ramps down
            // (IEC 61851-1 state C without PWM is no fault, and opening under load wears the contacts).
            bool offerHolds = deciAmps > 0 || (_requestedClosed && nowMs - _pwmStoppedMs < PwmStopGraceMs);
            Command(energyAllowed && offerHolds && Hal.Evse.PilotState.WantsEnergy(_hardware.Pilot.State), nowMs);
        }

        /// <summary>
        /// The least of the wiring's rating, the cable's and the charging profiles' limit, per phase in 0.1 A; 0 when
        /// that is below 6 A, which the pilot cannot signal. Asked every poll, so a new limit applies at once.
        /// </summary>
        private int AvailableDeciAmps()
        {
            int deciAmps = _hardware.MaxAmps * 10;
            if (_hardware.Plug != null && _hardware.Plug.CableAmps > 0 && _hardware.Plug.CableAmps * 10 < deciAmps)
            {
                deciAmps = _hardware.Plug.CableAmps * 10;
            }

            int limit = _listener.LimitDeciAmps(Id);
            if (limit < deciAmps)
            {
                deciAmps = limit;
            }

            return deciAmps < MinOfferDeciAmps ? 0 : deciAmps;
        }

        private void NoteLimitedOut(bool limitedOut)
        {
            if (limitedOut != _limitedOut)
            {
                _limitedOut = limitedOut;
                _log.Write(LogLevel.Info, Component, "connector " + Id + (limitedOut ? ": charging limit below 6 A, nothing offered" : ": charging limit allows 6 A or more again"));
            }
        }

        private void Command(bool closed, long nowMs)
        {
            _requestedClosed = closed;
            _hardware.Contactor.Command(closed);
            TrackDriven(nowMs);
        }

        /// <summary>Notes what the coil is driven to and since when; an interlock may hold it open against the command.</summary>
        private void TrackDriven(long nowMs)
        {
            IInterlockedContactor interlocked = _hardware.Contactor as IInterlockedContactor;
            bool driven = interlocked == null ? _requestedClosed : interlocked.Driven;
            if (driven != _contactorCommand)
            {
                _contactorCommand = driven;
                _contactorChangedMs = nowMs;
            }
        }

        /// <summary>A contactor whose feedback disagrees with its command after the settle time has failed (welded or stuck open).</summary>
        private void CheckContactor(long nowMs)
        {
            TrackDriven(nowMs);
            IInterlockedContactor interlocked = _hardware.Contactor as IInterlockedContactor;
            bool interlockFailed = interlocked != null && interlocked.Failed;
            if (!interlockFailed && (_hardware.Contactor.IsClosed == _contactorCommand || nowMs - _contactorChangedMs < ContactorSettleMs))
            {
                return;
            }

            if (!_switchFailed)
            {
                string failure = interlockFailed ? "feedback disagreed with the coil, held open by the interlock" : _contactorCommand ? "did not close" : "did not open";
                _log.Write(LogLevel.Error, Component, "connector " + Id + ": contactor " + failure);
            }

            _switchFailed = true;
        }

        private void ReadMeter(long nowMs)
        {
            _lastMeterMs = nowMs;
            bool ok = _hardware.Meter.Read(_reading);
            if (ok == _meterFailed)
            {
                _meterFailed = !ok;
                _log.Write(ok ? LogLevel.Info : LogLevel.Error, Component, "connector " + Id + ": meter " + (ok ? "readable again" : "cannot be read"));
            }
        }

        private string ErrorCodeFor(string fault)
        {
            if (fault != null)
            {
                return fault;
            }

            if (VehicleCommunicationError)
            {
                return ConnectorErrorCode.EVCommunicationError;
            }

            return JournalFull ? ConnectorErrorCode.InternalError : ConnectorErrorCode.NoError;
        }

        private string StatusFor(bool connected, string fault)
        {
            if (fault != null)
            {
                return ConnectorStatus.Faulted;
            }

            Transaction transaction = Transaction;
            if (VehicleCommunicationError && !Inoperative)
            {
                return transaction == null ? ConnectorStatus.Preparing : ConnectorStatus.SuspendedEVSE;
            }

            if (transaction == null)
            {
                if (Inoperative)
                {
                    return ConnectorStatus.Unavailable;
                }

                if (_finishing)
                {
                    return ConnectorStatus.Finishing;
                }

                if ((connected || _pendingTag != null) && !_timedOut)
                {
                    return ConnectorStatus.Preparing;
                }

                return Reserved ? ConnectorStatus.Reserved : ConnectorStatus.Available;
            }

            // A limit below 6 A suspends the transaction on the charger's side, as a refused tag does.
            bool offering = transaction.Authorized && !_limitedOut;
            bool wants = Hal.Evse.PilotState.WantsEnergy(_hardware.Pilot.State);
            if (wants && offering && _hardware.Contactor.IsClosed)
            {
                return ConnectorStatus.Charging;
            }

            return wants || !offering ? ConnectorStatus.SuspendedEVSE : ConnectorStatus.SuspendedEV;
        }
    }
}
