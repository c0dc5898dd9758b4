using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// Runs the connectors' sessions: hands presented cards and CSMS requests to the right connector, and
    /// tells the CSMS of every transaction start and stop. Transaction messages lost on the way are sent again.
    /// </summary>
    public sealed partial class ChargingService : ISessionListener, IAuthorizationListener, ITransactionMessageListener
    {
        private const string Component = "charging";
        private readonly RpcEndpoint _endpoint;
        private readonly IClock _clock;
        private readonly ClockTrust _trust;
        private readonly ILog _log;
        private readonly IRfidReader _reader;
        private readonly ConfigKey _authorizeRemote;
        private readonly ConfigKey _stopOnInvalid;

        /// <param name="connectors">The charger's connectors, index 0 being the charger as a whole.</param>
        public ChargingService(Connector[] connectors, ChargerHardware hardware, RpcEndpoint endpoint, ChargerConfiguration config, AuthorizationCache cache, ClockTrust trust, ILog log)
        {
            IClock clock = trust.Clock;
            Sessions = new ConnectorSession[connectors.Length - 1];
            for (int i = 0; i < Sessions.Length; i++)
            {
                Sessions[i] = new ConnectorSession(connectors[i + 1], hardware.Connectors[i], config, clock, log, this);
            }

            _reader = hardware.Reader;
            _endpoint = endpoint;
            _clock = clock;
            _trust = trust;
            _log = log;
            _authorizeRemote = config.Find(KeyNames.AuthorizeRemoteTxRequests);
            _stopOnInvalid = config.Find(KeyNames.StopTransactionOnInvalidId);
            InitAuthorization(config, cache);
            Meters = new MeterValuesService(Sessions, config, endpoint, this, trust, log);
        }

        /// <summary>The Smart Charging module's limit on each connector, or null when no module sets one.</summary>
        public IChargingLimit Limit { get; set; }

        /// <summary>Set by the Smart Charging module: what RemoteStartTransaction does with a chargingProfile; null without it.</summary>
        public IRemoteStartProfile RemoteStartProfile { get; set; }

        /// <summary>The connectors' meter values.</summary>
        public MeterValuesService Meters { get; private set; }

        /// <summary>Set by the Reservation module; null without the profile.</summary>
        public IReservationGate Reservations { get; set; }

        /// <summary>Index 0 is connector 1.</summary>
        public ConnectorSession[] Sessions { get; private set; }

        /// <summary>The session of connector <paramref name="connectorId"/> (1..N), or null.</summary>
        public ConnectorSession Find(int connectorId)
        {
            return connectorId >= 1 && connectorId <= Sessions.Length ? Sessions[connectorId - 1] : null;
        }

        /// <summary>The session running transaction <paramref name="transactionId"/>, or null.</summary>
        public ConnectorSession FindTransaction(int transactionId)
        {
            for (int i = 0; i < Sessions.Length; i++)
            {
                Transaction transaction = Sessions[i].Transaction;
                if (transaction != null && transaction.Id == transactionId && transaction.Id != 0)
                {
                    return Sessions[i];
                }
            }

            return null;
        }

        public void Poll()
        {
            string tag = _reader == null ? null : _reader.TakeTag();
            if (tag != null)
            {
                OnCardPresented(tag);
            }

            for (int i = 0; i < Sessions.Length; i++)
            {
                Sessions[i].Poll();
            }

            Meters.Poll();
            PollAuthorization();
            Journal.Poll(_clock.MonotonicMs);
        }

        /// <summary>RemoteStartTransaction: false when no connector can take the session.</summary>
        public bool RemoteStart(int connectorId, string idTag)
        {
            ConnectorSession session = connectorId > 0 ? Find(connectorId) : FreeSession();
            if (session == null || !session.TakesNewTransaction)
            {
                return false;
            }

            if (ConfigKey.BoolOr(_authorizeRemote, true))
            {
                // Treated as a card at the reader: the local list and cache first, then Authorize.req.
                return AuthorizeStart(session, idTag);
            }

            return Admit(session, idTag, KnownParent(idTag));
        }

        /// <summary>A card at the reader: it stops its own session, or starts one once authorized, locally or by the CSMS.</summary>
        private void OnCardPresented(string tag)
        {
            for (int i = 0; i < Sessions.Length; i++)
            {
                Transaction transaction = Sessions[i].Transaction;
                if (transaction != null && transaction.IsOwnTag(tag))
                {
                    Sessions[i].Stop(StopReason.Local, tag);
                    return;
                }
            }

            ConnectorSession session = FreeSession();
            if (session == null && Sessions.Length == 1 && Sessions[0].Transaction != null && GroupOf(Sessions[0].Transaction) != null)
            {
                // A different card may stop a session whose tag belongs to a group: ask for the card's group.
                session = Sessions[0];
            }

            if (session != null && session.Transaction != null)
            {
                // A card the local list puts in the same group stops it at once; otherwise the card's group is
                // asked for, and offline such a card is ignored.
                if (_authorizer.ListedInGroup(tag, GroupOf(session.Transaction), _clock.UtcNow))
                {
                    session.Stop(StopReason.Local, tag);
                }
                else if (CsmsReachable)
                {
                    Ask(tag, session.Id);
                }
            }
            else if (session != null)
            {
                AuthorizeStart(session, tag);
            }
        }

        /// <summary>The group of the transaction's tag: the parentIdTag the CSMS gave at its start, else the local list's.</summary>
        private string GroupOf(Transaction transaction)
        {
            if (transaction.ParentIdTag != null)
            {
                return transaction.ParentIdTag;
            }

            IdTagInfo listed = _authorizer.Listed(transaction.IdTag, _clock.UtcNow);
            return listed == null ? null : listed.ParentIdTag;
        }

        /// <summary>The first connector without a session: one with a vehicle waiting first.</summary>
        private ConnectorSession FreeSession()
        {
            ConnectorSession free = null;
            for (int i = 0; i < Sessions.Length; i++)
            {
                ConnectorSession session = Sessions[i];
                if (!session.TakesNewTransaction)
                {
                    continue;
                }

                if (session.VehicleConnected)
                {
                    return session;
                }

                if (free == null)
                {
                    free = session;
                }
            }

            return free;
        }

        void IAuthorizationListener.OnAuthorizeResult(Authorize request, IdTagInfo info)
        {
            _asking.Remove(request);
            if (info == null)
            {
                OnAuthorizeUnanswered(request);
                return;
            }

            _authorizer.Learn(request.IdTag, info, _clock.UtcNow);
            if (info.Status != AuthorizationStatus.Accepted)
            {
                _log.Write(LogLevel.Info, Component, request.IdTag + " not authorized (" + info.Status + ")");
                return;
            }

            ConnectorSession session = Find(request.ConnectorId);
            if (session == null)
            {
                return;
            }

            Transaction running = session.Transaction;
            if (running != null)
            {
                // Another card of the same group (same parentIdTag) may end the session.
                if (running.ParentIdTag != null && info.ParentIdTag != null && IdToken.Same(running.ParentIdTag, info.ParentIdTag))
                {
                    session.Stop(StopReason.Local, request.IdTag);
                }

                return;
            }

            AuthorizeIfCurrent(session, request, info.ParentIdTag);
        }

        void ISessionListener.OnTransactionStarted(ConnectorSession session, Transaction transaction)
        {
            if (Reservations != null)
            {
                transaction.ReservationId = Reservations.Started(transaction);
            }

            Journal.Started(transaction, Meters.OnTransactionStarted(transaction));
        }

        void ISessionListener.OnTransactionStopped(ConnectorSession session, Transaction transaction, long meterStopWh)
        {
            DateTime stopUtc = transaction.NextEventUtc(_trust);
            long stopMs = transaction.LastMs;
            Journal.Stopped(transaction, meterStopWh, stopUtc, stopMs, Meters.OnTransactionStopped(transaction, stopUtc, stopMs));
        }

        bool ISessionListener.HasRoomForTransaction()
        {
            return Journal == null || Journal.HasRoomForTransaction;
        }

        int ISessionListener.LimitDeciAmps(int connectorId)
        {
            IChargingLimit limit = Limit;
            return limit == null ? int.MaxValue : limit.LimitDeciAmps(connectorId);
        }

        void ITransactionMessageListener.OnStartConfirmed(StartTransaction request, IdTagInfo info)
        {
            Journal.StartAnswered(request);
            _authorizer.Learn(request.Transaction.IdTag, info, _clock.UtcNow);
            if (info.Status == AuthorizationStatus.Accepted)
            {
                return;
            }

            ConnectorSession session = Find(request.Transaction.ConnectorId);
            if (session != null && session.Transaction == request.Transaction)
            {
                _log.Write(LogLevel.Warning, Component, "the CSMS refused " + request.Transaction.IdTag + " (" + info.Status + ")");
                OnStartRefused(session, ConfigKey.BoolOr(_stopOnInvalid, true));
            }
        }

        void ITransactionMessageListener.OnStopConfirmed(StopTransaction request, IdTagInfo info)
        {
            Journal.StopAnswered(request);
            // The idTagInfo, when the CSMS sends one, is about the card that ended the session.
            _authorizer.Learn(request.Transaction.StopIdTag, info, _clock.UtcNow);
        }

        void ITransactionMessageListener.OnMeterValuesConfirmed(MeterValues request)
        {
            Journal.ValuesAnswered(request);
        }

        void ITransactionMessageListener.OnTransactionMessageFailed(OutgoingCall request, string errorCode)
        {
            // The journal keeps every transaction message in flash and in order, and decides what is sent again.
            Journal.MessageFailed(request, errorCode);
        }
    }
}
