using System;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint
{
    /// <summary>
    /// The charge point firmware core. Single-threaded: the application calls <see cref="Poll"/> often, and
    /// every timer runs on the injected clock, so the host runs it in virtual time.
    /// </summary>
    public sealed class Charger : IConnectionListener, IRegistrationListener
    {
        private const int ReconnectBaseMs = 2000;
        private const int ReconnectCapMs = 300000;

        private readonly IClock _clock;
        private readonly ConfigKey _messageTimeout;
        private readonly ConfigKey _pingInterval;

        public Charger(ChargerSettings settings, IClock clock, IOcppTransport transport, ILog log, Random random)
        {
            _clock = clock;
            Configuration = new ChargerConfiguration();
            CoreKeys.AddTo(Configuration, settings.NumberOfConnectors);
            _messageTimeout = Configuration.Find(KeyNames.MessageTimeout);
            _pingInterval = Configuration.Find(KeyNames.WebSocketPingInterval);

            Connectors = new Connector[settings.NumberOfConnectors + 1];
            for (int i = 0; i < Connectors.Length; i++)
            {
                Connectors[i] = new Connector(i, clock.UtcNow);
            }

            CallRouter router = new CallRouter();
            router.Register(new GetConfiguration(Configuration));
            router.Register(new ChangeConfiguration(Configuration));

            Registration = new Registration(clock, log, settings.Identity, Configuration, this);
            Endpoint = new RpcEndpoint(log, router, new MessageIdGenerator(random.Next()), Registration);
            Registration.Attach(Endpoint);
            Heartbeats = new HeartbeatService(clock, Endpoint, Configuration);
            Statuses = new StatusReporter(Endpoint, Connectors);

            TransportSettings transportSettings = new TransportSettings();
            transportSettings.Url = settings.Address.Url;
            if (settings.AuthorizationKey != null)
            {
                transportSettings.Authorization = settings.Address.BasicAuthorization(settings.AuthorizationKey);
            }

            Connection = new CsmsConnection(transportSettings, transport, Endpoint,
                new ReconnectBackoff(ReconnectBaseMs, ReconnectCapMs, random), log, this);
        }

        public ChargerConfiguration Configuration { get; private set; }

        /// <summary>Index 0 is the charger as a whole; 1..N are its connectors.</summary>
        public Connector[] Connectors { get; private set; }

        public Registration Registration { get; private set; }

        public RpcEndpoint Endpoint { get; private set; }

        public CsmsConnection Connection { get; private set; }

        public HeartbeatService Heartbeats { get; private set; }

        public StatusReporter Statuses { get; private set; }

        /// <summary>Runs everything that is due. Call it often; it never blocks.</summary>
        public void Poll()
        {
            long nowMs = _clock.MonotonicMs;
            Endpoint.ResponseTimeoutMs = _messageTimeout.IntValue * 1000;
            Connection.Settings.PingIntervalSeconds = _pingInterval.IntValue;
            Connection.Poll(nowMs);
            Registration.Poll(nowMs);
            Heartbeats.Poll(nowMs, Registration.IsAccepted);
            Statuses.Poll(Registration.IsAccepted);
            Endpoint.Poll(nowMs);
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
