using System.Collections;
using System.IO;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;
using NanoEvse.Ocpp.Json;
using NanoEvse.SmartCharging.Operations;

namespace NanoEvse.SmartCharging
{
    /// <summary>
    /// Smart Charging: charging profiles (chargingprofiles.dat), the composite schedule and the limit it puts on each
    /// connector. SetChargingProfile, ClearChargingProfile and GetCompositeSchedule, a RemoteStartTransaction's
    /// TxProfile, and <see cref="IChargingLimit"/> for the sessions: the limit is worked out again only when a profile
    /// changes, a transaction starts or ends, or a period begins.
    /// </summary>
    public sealed class SmartChargingModule : IFeatureModule, IChargingLimit, IRemoteStartProfile
    {
        public const string Accepted = "Accepted";
        public const string Rejected = "Rejected";
        private const string Component = "smartcharging";

        private readonly ArrayList _pending = new ArrayList();
        private Charger _charger;
        private ChargingService _charging;
        private ConfigKey _maxStackLevel;
        private ConfigKey _allowedUnits;
        private ConfigKey _maxPeriods;
        private ConfigKey _maxInstalled;
        private ConfigKey _connectionTimeOut;
        private int _version;
        private int[] _seenVersion;
        private long[] _limits;
        private long[] _computedAt;
        private long[] _until;
        private Transaction[] _seenTx;

        public int Feature
        {
            get { return Features.SmartCharging; }
        }

        /// <summary>The installed profiles; null before <see cref="Attach"/> or on a charger without connectors.</summary>
        public ProfileStore Profiles { get; private set; }

        public CompositeSchedule Composite { get; private set; }

        /// <summary>The connectors, not counting connector 0.</summary>
        public int Connectors
        {
            get { return _charging.Sessions.Length; }
        }

        public void Attach(Charger charger)
        {
            if (charger.Charging == null)
            {
                return;
            }

            _charger = charger;
            _charging = charger.Charging;
            ChargerConfiguration config = charger.Configuration;
            _maxStackLevel = config.Find(KeyNames.ChargeProfileMaxStackLevel);
            _allowedUnits = config.Find(KeyNames.ChargingScheduleAllowedChargingRateUnit);
            _maxPeriods = config.Find(KeyNames.ChargingScheduleMaxPeriods);
            _maxInstalled = config.Find(KeyNames.MaxChargingProfilesInstalled);
            _connectionTimeOut = config.Find(KeyNames.ConnectionTimeOut);
            int slots = Connectors + 1;
            _seenVersion = new int[slots];
            _limits = new long[slots];
            _computedAt = new long[slots];
            _until = new long[slots];
            _seenTx = new Transaction[slots];
            Profiles = new ProfileStore(charger.Storage);
            Profiles.Load(Connectors);
            Composite = new CompositeSchedule(Profiles);
            _version = 1;
            _charging.Limit = this;
            _charging.RemoteStartProfile = this;
            charger.Router.Register(new SetChargingProfile(this));
            charger.Router.Register(new ClearChargingProfile(this));
            charger.Router.Register(new GetCompositeSchedule(this));
        }

        public void Poll(long nowMs)
        {
            if (Profiles == null)
            {
                return;
            }

            BindPending();
            for (int i = Profiles.Count - 1; i >= 0; i--)
            {
                ChargingProfile p = Profiles[i];
                if (p.Purpose == ProfilePurpose.Tx && TransactionOn(p.ConnectorId) != p.Transaction)
                {
                    Profiles.Drop(p);
                    _version++;
                }
            }
        }

        /// <summary>The running transaction of connector <paramref name="connectorId"/>, or null (always for connector 0).</summary>
        public Transaction TransactionOn(int connectorId)
        {
            ConnectorSession session = _charging.Find(connectorId);
            return session == null ? null : session.Transaction;
        }

        /// <summary>Where Relative schedules start: the transaction's start, else <paramref name="now"/>.</summary>
        public static long Anchor(Transaction tx, long now)
        {
            return tx == null ? now : ChargingProfileReader.Seconds(tx.StartUtc);
        }

        /// <summary>The hardware's limit per phase in 0.1 A: the connector's wiring and, once known, its cable; connector 0 sums them.</summary>
        public long CeilingDeciAmps(int connectorId)
        {
            long sum = 0;
            for (int i = 1; i <= Connectors; i++)
            {
                if (connectorId == 0 || connectorId == i)
                {
                    ConnectorHardware hardware = _charger.Hardware.Connectors[i - 1];
                    int amps = hardware.MaxAmps;
                    int cable = hardware.Plug == null ? 0 : hardware.Plug.CableAmps;
                    sum += 10L * (cable > 0 && cable < amps ? cable : amps);
                }
            }

            return sum;
        }

        /// <summary>The wall clock in whole seconds, as profiles count time.</summary>
        public long Now()
        {
            return ChargingProfileReader.Seconds(_charger.ClockTrust.Clock.UtcNow);
        }

        /// <summary>SetChargingProfile on <paramref name="connectorId"/> (already checked to exist): the ChargingProfileStatus.</summary>
        public string Set(int connectorId, ChargingProfile profile)
        {
            int purpose = profile.Purpose;
            bool wrongConnector = purpose == ProfilePurpose.ChargePointMax ? connectorId != 0 : purpose == ProfilePurpose.Tx && connectorId == 0;
            if (wrongConnector)
            {
                return Rejected;
            }

            if (purpose == ProfilePurpose.Tx)
            {
                Transaction tx = TransactionOn(connectorId);
                if (tx == null || (profile.HasTransactionId && profile.TransactionId != tx.Id))
                {
                    return Rejected;
                }

                profile.Transaction = tx;
            }
            else if (profile.HasTransactionId)
            {
                return Rejected;
            }

            profile.ConnectorId = connectorId;
            return Install(profile) ? Accepted : Rejected;
        }

        /// <summary>ClearChargingProfile with <see cref="ProfileStore.Any"/> for each criterion left out: whether a profile was cleared.</summary>
        public bool Clear(int id, int connectorId, int purpose, int stackLevel)
        {
            int cleared;
            try
            {
                cleared = Profiles.Clear(id, connectorId, purpose, stackLevel);
            }
            catch (IOException e)
            {
                _charger.Log.Write(LogLevel.Error, Component, "could not store " + ProfileStore.FileName + " (" + e.Message + "); nothing cleared");
                return false;
            }

            _version++;
            return cleared > 0;
        }

        public int LimitDeciAmps(int connectorId)
        {
            if (_pending.Count > 0)
            {
                BindPending();
            }

            long now = Now();
            Transaction tx = TransactionOn(connectorId);
            if (_seenVersion[connectorId] != _version || tx != _seenTx[connectorId] || now >= _until[connectorId] || now < _computedAt[connectorId])
            {
                long anchor = Anchor(tx, now);
                _limits[connectorId] = Composite.LimitAt(connectorId, tx, anchor, now, RateUnit.Amps, CompositeSchedule.NoLimit);
                _until[connectorId] = Composite.NextChangeAfter(tx, anchor, now);
                _computedAt[connectorId] = now;
                _seenTx[connectorId] = tx;
                _seenVersion[connectorId] = _version;
            }

            long limit = _limits[connectorId];
            return limit > int.MaxValue ? int.MaxValue : (int)limit;
        }

        public object Read(JsonReader payload)
        {
            return ChargingProfileReader.Read(payload, "chargingProfile");
        }

        public bool Admits(object profile)
        {
            ChargingProfile p = (ChargingProfile)profile;
            // TC_060: only a TxProfile, and without a transactionId, since the transaction does not exist yet.
            return p.Purpose == ProfilePurpose.Tx && !p.HasTransactionId && Acceptable(p) && Profiles.Count < ConfigKey.IntOr(_maxInstalled, int.MaxValue);
        }

        public void Starting(int connectorId, string idTag, object profile)
        {
            _pending.Add(new PendingTxProfile(connectorId, idTag, (ChargingProfile)profile, _charger.ClockTrust.Clock.MonotonicMs));
        }

        /// <summary>Whether the charger can follow <paramref name="p"/>: an allowed unit, few enough periods, a stack level it keeps.</summary>
        private bool Acceptable(ChargingProfile p)
        {
            string allowed = _allowedUnits == null ? null : _allowedUnits.Value;
            bool unit = allowed == null || ("," + allowed + ",").IndexOf("," + RateUnit.KeyItems[p.Unit] + ",") >= 0;
            return unit && p.StartPeriods.Length <= ConfigKey.IntOr(_maxPeriods, int.MaxValue) && p.StackLevel <= ConfigKey.IntOr(_maxStackLevel, int.MaxValue);
        }

        private bool Install(ChargingProfile profile)
        {
            if (!Acceptable(profile) || Profiles.CountWith(profile) > ConfigKey.IntOr(_maxInstalled, int.MaxValue))
            {
                return false;
            }

            try
            {
                Profiles.Install(profile);
            }
            catch (IOException e)
            {
                _charger.Log.Write(LogLevel.Error, Component, "could not store " + ProfileStore.FileName + " (" + e.Message + "); profile " + profile.Id + " refused");
                return false;
            }

            _version++;
            _charger.Log.Write(LogLevel.Info, Component, ProfilePurpose.Names[profile.Purpose] + " " + profile.Id + " installed on connector " + profile.ConnectorId);
            return true;
        }

        private void Bind(ChargingProfile profile)
        {
            try
            {
                Profiles.Install(profile);
                _version++;
            }
            catch (IOException e)
            {
                // Only a stored profile with the same id makes this write; the transaction then runs without the TxProfile.
                _charger.Log.Write(LogLevel.Error, Component, "could not store " + ProfileStore.FileName + " (" + e.Message + "); TxProfile " + profile.Id + " dropped");
            }
        }

        /// <summary>
        /// Gives each waiting RemoteStart TxProfile to the transaction its idTag started; one still waiting after
        /// ConnectionTimeOut plus a minute (time to authorize the tag) is dropped with its start.
        /// </summary>
        private void BindPending()
        {
            long nowMs = _charger.ClockTrust.Clock.MonotonicMs;
            for (int i = _pending.Count - 1; i >= 0; i--)
            {
                PendingTxProfile pending = (PendingTxProfile)_pending[i];
                for (int c = 1; c <= Connectors; c++)
                {
                    Transaction tx = TransactionOn(c);
                    if (tx != null && tx.StartMs >= pending.SinceMs && (pending.ConnectorId == 0 || pending.ConnectorId == c) && IdToken.Same(tx.IdTag, pending.IdTag))
                    {
                        pending.Profile.ConnectorId = c;
                        pending.Profile.Transaction = tx;
                        Bind(pending.Profile);
                        pending = null;
                        break;
                    }
                }

                long waitMs = (ConfigKey.IntOr(_connectionTimeOut, 0) + 60) * 1000L;
                if (pending == null || nowMs - pending.SinceMs > waitMs)
                {
                    _pending.RemoveAt(i);
                }
            }
        }
    }
}
