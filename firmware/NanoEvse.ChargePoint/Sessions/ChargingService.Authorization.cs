using System.Collections;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Model;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// Who may start a session: the charger's own knowledge (<see cref="LocalAuthorizer"/>) first, the CSMS when it
    /// can be asked, the offline rules when it cannot. "Offline" for a tag means the link is down, the CSMS has not
    /// accepted the boot yet, or an Authorize.req went unanswered (MessageTimeout, or the link dropped under it):
    /// a card swiped just as the link died waits at most MessageTimeout, then gets the offline answer. A CALLERROR
    /// or a malformed answer came from a reachable CSMS and refuses the tag.
    /// </summary>
    public sealed partial class ChargingService
    {
        private readonly ArrayList _asking = new ArrayList();
        private LocalAuthorizer _authorizer;
        private InvalidIdAllowance _allowance;
        private ConfigKey _maxEnergyOnInvalid;
        private ConfigKey _connectionTimeOut;

        /// <summary>The charger's own view of idTags; the Local Auth List module puts its list in front of the cache here.</summary>
        public LocalAuthorizer Authorizer
        {
            get { return _authorizer; }
        }

        /// <summary>The boot handshake; until it is accepted the CSMS cannot be asked. Null counts as accepted.</summary>
        public Registration Registration { get; set; }

        /// <summary>Whether an Authorize.req sent now could be answered.</summary>
        private bool CsmsReachable
        {
            get { return _endpoint.IsOnline && (Registration == null || Registration.IsAccepted); }
        }

        private void InitAuthorization(ChargerConfiguration config, AuthorizationCache cache)
        {
            _authorizer = new LocalAuthorizer(cache, config);
            _allowance = new InvalidIdAllowance(Sessions, _log);
            _maxEnergyOnInvalid = config.Find(KeyNames.MaxEnergyOnInvalidId);
            _connectionTimeOut = config.Find(KeyNames.ConnectionTimeOut);
        }

        /// <summary>
        /// A tag that would start a session on <paramref name="session"/>: authorized locally, refused, or asked
        /// for. False when it was refused or could not be asked.
        /// </summary>
        private bool AuthorizeStart(ConnectorSession session, string idTag)
        {
            string parent = KnownParent(idTag);
            int reservationId;
            if (Reservations != null && !Reservations.Admit(session.Id, idTag, parent, out reservationId)
                && !(parent == null && Reservations.AdmitsGroup(session.Id) && CsmsReachable))
            {
                // Held for another tag: only an Authorize.conf naming the reservation's group could change that.
                _log.Write(LogLevel.Info, Component, idTag + " refused: connector " + session.Id + " is reserved");
                return false;
            }

            int decision = CsmsReachable ? _authorizer.Online(idTag, _clock.UtcNow) : _authorizer.Offline(idTag, _clock.UtcNow);
            if (decision == LocalAuthorizer.StartNow)
            {
                _log.Write(LogLevel.Info, Component, idTag + " authorized locally");
                return Admit(session, idTag, parent);
            }

            if (decision == LocalAuthorizer.Refuse)
            {
                _log.Write(LogLevel.Info, Component, idTag + " refused offline");
                return false;
            }

            return Ask(idTag, session.Id);
        }

        /// <summary>Sends Authorize.req for <paramref name="idTag"/>; false when the queue could not take it.</summary>
        private bool Ask(string idTag, int connectorId)
        {
            Authorize request = new Authorize(idTag, connectorId, this);
            request.AskedAtMs = _clock.MonotonicMs;
            ConnectorSession session = Find(connectorId);
            if (session != null)
            {
                request.DeparturesAtAsk = session.Departures;
            }

            _asking.Add(request);
            return _endpoint.Enqueue(request);
        }

        /// <summary>An Authorize.req still queued when the CSMS went out of reach will not be answered in time: the offline rules decide.</summary>
        private void PollAuthorization()
        {
            if (!CsmsReachable)
            {
                for (int i = _asking.Count - 1; i >= 0; i--)
                {
                    Authorize request = (Authorize)_asking[i];
                    if (_endpoint.IsQueuedOrOutstanding(request))
                    {
                        _endpoint.Remove(request);
                        request.OnFailed(CallFailure.ConnectionLost, "the CSMS is out of reach");
                    }
                }
            }

            _allowance.Poll();
        }

        /// <summary>An Authorize.req ended without an idTagInfo: an unheard CSMS leaves the decision to the offline rules.</summary>
        private void OnAuthorizeUnanswered(Authorize request)
        {
            ConnectorSession session = Find(request.ConnectorId);
            if (!request.Unanswered || session == null || session.Transaction != null)
            {
                _log.Write(LogLevel.Info, Component, request.IdTag + " not authorized (" + request.Failure + ")");
                return;
            }

            if (_authorizer.Offline(request.IdTag, _clock.UtcNow) == LocalAuthorizer.StartNow)
            {
                _log.Write(LogLevel.Info, Component, request.IdTag + " authorized offline");
                AuthorizeIfCurrent(session, request, KnownParent(request.IdTag));
            }
            else
            {
                _log.Write(LogLevel.Info, Component, request.IdTag + " refused offline");
            }
        }

        /// <summary>
        /// Authorizes the tag on the session unless the decision came too late: the vehicle that was there when the
        /// tag was presented has left, or ConnectionTimeOut has passed since. A late Accepted (an Authorize.req that
        /// waited behind retried transaction messages) must not start a session for the next driver's vehicle.
        /// </summary>
        private void AuthorizeIfCurrent(ConnectorSession session, Authorize request, string parentIdTag)
        {
            int timeoutSeconds = ConfigKey.IntOr(_connectionTimeOut, 0);
            bool left = request.DeparturesAtAsk >= 0 && session.Departures != request.DeparturesAtAsk;
            bool late = timeoutSeconds > 0 && _clock.MonotonicMs - request.AskedAtMs >= timeoutSeconds * 1000L;
            if (left || late)
            {
                _log.Write(LogLevel.Info, Component, request.IdTag + " decided too late (" + (left ? "the vehicle has left" : "after ConnectionTimeOut")
                    + "); the tag must be presented again");
                return;
            }

            Admit(session, request.IdTag, parentIdTag);
        }

        /// <summary>Hands an authorized tag to the session, unless a reservation holds the connector for another tag.</summary>
        private bool Admit(ConnectorSession session, string idTag, string parentIdTag)
        {
            int reservationId = Transaction.NoReservation;
            if (Reservations != null && !Reservations.Admit(session.Id, idTag, parentIdTag, out reservationId))
            {
                _log.Write(LogLevel.Info, Component, idTag + " refused: connector " + session.Id + " is reserved for another tag");
                return false;
            }

            return session.Authorize(idTag, reservationId);
        }

        /// <summary>The parentIdTag the charger knows for <paramref name="idTag"/>, or null.</summary>
        private string KnownParent(string idTag)
        {
            IdTagInfo known = _authorizer.Find(idTag, _clock.UtcNow);
            return known == null ? null : known.ParentIdTag;
        }

        /// <summary>StartTransaction.conf refused the tag: stop (DeAuthorized), or stop only the energy, after MaxEnergyOnInvalidId.</summary>
        private void OnStartRefused(ConnectorSession session, bool stop)
        {
            if (stop)
            {
                session.Deauthorize(true);
                return;
            }

            _allowance.Refused(session, ConfigKey.IntOr(_maxEnergyOnInvalid, 0));
        }
    }
}
