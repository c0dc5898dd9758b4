using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Journal;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint
{
    /// <summary>
    /// The charge point firmware core. Single-threaded: the application calls <see cref="Poll"/> often, and
    /// every timer runs on the injected clock, so the host runs it in virtual time.
    /// </summary>
    public sealed class Charger : IConnectionListener, IRegistrationListener, IConfigurationListener
    {
        private const int ReconnectBaseMs = 2000;
        private const int ReconnectCapMs = 300000;

        /// <summary>Response timeout while MessageTimeout is absent or empty.</summary>
        public const int DefaultMessageTimeoutSeconds = 30;

        private readonly IClock _clock;
        private readonly ChargerSettings _settings;
        private readonly ConfigKey _messageTimeout;
        private readonly ConfigKey _pingInterval;
        private readonly ConfigKey _authorizationKey;
        private bool _reconnectPending;
        private bool _chargerErrorPending;

        /// <summary>Builds the charger core over its flash; stored configuration is read here, nothing is sent before <see cref="Poll"/>.</summary>
        public Charger(ChargerSettings settings, IClock clock, IOcppTransport transport, ILog log, Random random, IFileStore flash)
        {
            _clock = clock;
            _settings = settings;
            Log = log;
            ClockTrust = new ClockTrust(clock, log);
            Storage = new DocumentStore(flash, log);
            settings.Profile.Restrict(LinkedFeatures(settings.Modules));
            if (settings.Identity.Vendor == null)
            {
                settings.Identity.Vendor = settings.Profile.Vendor;
            }

            if (settings.Identity.Model == null)
            {
                settings.Identity.Model = settings.Profile.Model;
            }
            Configuration = new ChargerConfiguration(settings.Profile, Storage, log);
            Configuration.Provision(KeyNames.AuthorizationKey, settings.AuthorizationKey);
            _messageTimeout = Configuration.Find(KeyNames.MessageTimeout);
            _pingInterval = Configuration.Find(KeyNames.WebSocketPingInterval);
            _authorizationKey = Configuration.Find(KeyNames.AuthorizationKey);
            ConfigKey securityProfile = Configuration.Find(KeyNames.SecurityProfile);
            if (securityProfile != null && securityProfile.IntValue == 0 && Password() != null)
            {
                // A provisioned password means the charger already runs profile 1 (Basic auth over ws).
                securityProfile.Override("1");
            }

            int connectors = settings.Profile.NumberOfConnectors;
            Connectors = new Connector[connectors + 1];
            for (int i = 0; i < Connectors.Length; i++)
            {
                Connectors[i] = new Connector(i, clock.UtcNow, clock.MonotonicMs);
            }

            CallRouter router = new CallRouter();
            Router = router;
            router.Register(new GetConfiguration(Configuration));
            router.Register(new ChangeConfiguration(Configuration));

            Registration = new Registration(ClockTrust, log, settings.Identity, Configuration, this);
            TransactionMessageRetry retry = new TransactionMessageRetry(Configuration, clock, log);
            Endpoint = new RpcEndpoint(log, router, new MessageIdGenerator(random.Next()), Registration);
            Registration.Attach(Endpoint);
            retry.Attach(Endpoint);
            AuthorizationCache = new AuthorizationCache(Storage, log, AuthorizationCache.DefaultCapacity);
            AuthorizationCache.Enabled = ConfigKey.BoolOr(Configuration.Find(KeyNames.AuthorizationCacheEnabled), false);
            router.Register(new ClearCache(AuthorizationCache));
            router.Register(new DataTransfer());
            if (settings.Hardware != null)
            {
                TransactionJournal journal = new TransactionJournal(flash, connectors, ClockTrust, log);
                Charging = new ChargingService(Connectors, journal.RestoreMeters(settings.Hardware), Endpoint, Configuration, AuthorizationCache, ClockTrust, log);
                Charging.Registration = Registration;
                router.Register(new RemoteStartTransaction(Charging));
                router.Register(new RemoteStopTransaction(Charging));
                router.Register(new UnlockConnector(Charging));
                Availability = new Availability(Connectors, Charging, Storage, clock, log);
                router.Register(new ChangeAvailability(Availability));
                Charging.Resume(journal, retry);
            }

            ResetSequence = new ResetSequence(settings.Restart, Charging, Endpoint, log);
            router.Register(new Reset(ResetSequence));
            Heartbeats = new HeartbeatService(ClockTrust, Endpoint, Configuration);
            Statuses = new StatusReporter(Endpoint, Connectors, Configuration.Find(KeyNames.MinimumStatusDuration), ClockTrust);

            TransportSettings transportSettings = new TransportSettings();
            transportSettings.Url = settings.Address.Url;
            Connection = new CsmsConnection(transportSettings, transport, Endpoint,
                new ReconnectBackoff(ReconnectBaseMs, ReconnectCapMs, random), log, this);
            ApplyConnectionSettings();
            Configuration.Listener = this;
            Modules = Attach(settings.Modules, settings.Profile);
        }

        /// <summary>Whether the wall clock tells the real time; timestamped messages wait until it does.</summary>
        public ClockTrust ClockTrust { get; private set; }

        /// <summary>Where CSMS calls find their handlers; modules register theirs here.</summary>
        public CallRouter Router { get; private set; }

        public ILog Log { get; private set; }

        /// <summary>The feature modules the charger profile enables, attached; empty for Core only.</summary>
        public IFeatureModule[] Modules { get; private set; }

        /// <summary>The charge point's id: the last segment of its CSMS URL.</summary>
        public string ChargePointId
        {
            get { return _settings.Address.ChargePointId; }
        }

        /// <summary>Where a firmware update and a diagnostics upload stand (Firmware Management sets it); null: Idle.</summary>
        public IFileTransferStatus FileTransfers { get; set; }

        /// <summary>The idTagInfo the CSMS last gave for each recent card (authcache.dat).</summary>
        public AuthorizationCache AuthorizationCache { get; private set; }

        /// <summary>The connectors' hardware and the card reader, or null (see <see cref="ChargerSettings.Hardware"/>).</summary>
        public ChargerHardware Hardware
        {
            get { return _settings.Hardware; }
        }

        /// <summary>The connectors' sessions, or null without hardware.</summary>
        public ChargingService Charging { get; private set; }

        /// <summary>The documents in flash.</summary>
        public DocumentStore Storage { get; private set; }

        public ChargerConfiguration Configuration { get; private set; }

        /// <summary>Index 0 is the charger as a whole; 1..N are its connectors.</summary>
        public Connector[] Connectors { get; private set; }

        public Registration Registration { get; private set; }

        public RpcEndpoint Endpoint { get; private set; }

        public CsmsConnection Connection { get; private set; }

        public HeartbeatService Heartbeats { get; private set; }

        public StatusReporter Statuses { get; private set; }

        /// <summary>ChangeAvailability's persistent state (availability.dat), or null without hardware.</summary>
        public Availability Availability { get; private set; }

        /// <summary>What an accepted Reset does until the restart.</summary>
        public ResetSequence ResetSequence { get; private set; }

        /// <summary>Runs everything that is due. Call it often; it never blocks.</summary>
        public void Poll()
        {
            long nowMs = _clock.MonotonicMs;
            Endpoint.ResponseTimeoutMs = ConfigKey.IntOr(_messageTimeout, DefaultMessageTimeoutSeconds) * 1000;
            Connection.Poll(nowMs, Registration.IsAccepted);
            Registration.Poll(nowMs);
            if (Charging != null)
            {
                Charging.Poll();
                Availability.Poll();
            }

            for (int i = 0; i < Modules.Length; i++)
            {
                Modules[i].Poll(nowMs);
            }

            ClearChargerError();
            Heartbeats.Poll(nowMs, Registration.IsAccepted);
            Statuses.Poll(nowMs, Registration.IsAccepted);
            ResetSequence.Poll(nowMs);
            Endpoint.Poll(nowMs);
            if (_reconnectPending)
            {
                // The change was answered on the old connection; the next one uses the new settings.
                _reconnectPending = false;
                Connection.Reconnect(nowMs);
            }
        }

        /// <summary>
        /// Tells the CSMS why the charger restarted on its own (a stalled main loop, an unexpected exception): the
        /// first StatusNotification of connector 0 after the boot carries errorCode InternalError and
        /// <paramref name="info"/>; once that is on its way, connector 0 reports NoError again.
        /// </summary>
        public void ReportRestartCause(string info)
        {
            ReportChargerError(ConnectorErrorCode.InternalError, info);
        }

        /// <summary>
        /// Reports an event of the charger as a whole through connector 0 (a restart cause, a local list conflict): its
        /// next StatusNotification carries <paramref name="errorCode"/> and <paramref name="info"/> (cut to 50
        /// characters); once that is on its way, connector 0 reports NoError again.
        /// </summary>
        public void ReportChargerError(string errorCode, string info)
        {
            Connector charger = Connectors[0];
            string text = info.Length > ConnectorStatus.MaxInfoLength ? info.Substring(0, ConnectorStatus.MaxInfoLength) : info;
            charger.SetStatus(charger.Status, errorCode, text, _clock.UtcNow, _clock.MonotonicMs);
            _chargerErrorPending = true;
        }

        private void ClearChargerError()
        {
            Connector charger = Connectors[0];
            if (_chargerErrorPending && !charger.Unreported && Registration.IsAccepted)
            {
                _chargerErrorPending = false;
                charger.SetStatus(charger.Status, ConnectorErrorCode.NoError, null, _clock.UtcNow, _clock.MonotonicMs);
            }
        }

        /// <summary>
        /// The platform synchronized the wall clock (SNTP on the device): the application calls this once it sees a
        /// synchronized clock, and the core trusts the clock if it reads a plausible time.
        /// </summary>
        public void OnTimeSynchronized()
        {
            ClockTrust.OnSynchronized();
        }

        private static int LinkedFeatures(IFeatureModule[] modules)
        {
            int linked = 0;
            for (int i = 0; modules != null && i < modules.Length; i++)
            {
                linked |= modules[i].Feature;
            }

            return linked;
        }

        /// <summary>Attaches the linked modules whose feature the charger profile enables.</summary>
        private IFeatureModule[] Attach(IFeatureModule[] linked, ChargerProfile profile)
        {
            int count = 0;
            for (int i = 0; linked != null && i < linked.Length; i++)
            {
                if (profile.Supports(linked[i].Feature))
                {
                    count++;
                }
            }

            IFeatureModule[] attached = new IFeatureModule[count];
            count = 0;
            for (int i = 0; linked != null && i < linked.Length; i++)
            {
                if (profile.Supports(linked[i].Feature))
                {
                    attached[count++] = linked[i];
                    linked[i].Attach(this);
                }
            }

            return attached;
        }

        /// <summary>The Basic-auth password in effect, or null.</summary>
        private string Password()
        {
            if (_authorizationKey == null)
            {
                return _settings.AuthorizationKey;
            }

            return _authorizationKey.HasValue ? _authorizationKey.Value : null;
        }

        private void ApplyConnectionSettings()
        {
            string password = Password();
            TransportSettings transport = Connection.Settings;
            transport.Authorization = password == null ? null : _settings.Address.BasicAuthorization(password);
            transport.PingIntervalSeconds = ConfigKey.IntOr(_pingInterval, 0);
        }

        void IConfigurationListener.OnConfigurationChanged(ConfigKey key)
        {
            string name = key.Name;
            if (name == KeyNames.AuthorizationCacheEnabled)
            {
                AuthorizationCache.Enabled = key.BoolValue;
            }

            if (name == KeyNames.AuthorizationKey || name == KeyNames.SecurityProfile || name == KeyNames.WebSocketPingInterval)
            {
                ApplyConnectionSettings();
                _reconnectPending = !Connection.IsIdle;
            }
        }

        void IConnectionListener.OnDisconnected()
        {
            Registration.OnDisconnected();
        }

        void IRegistrationListener.OnAccepted()
        {
            Statuses.ReportAll();
            Heartbeats.Restart(_clock.MonotonicMs);
        }
    }
}
