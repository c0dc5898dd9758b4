using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>Authorize: asks the CSMS whether an idTag may charge (or stop someone else's session).</summary>
    public sealed class Authorize : OutgoingCall
    {
        private readonly IAuthorizationListener _listener;
        private IdTagInfo _info;

        public Authorize(string idTag, int connectorId, IAuthorizationListener listener)
        {
            IdTag = idTag;
            ConnectorId = connectorId;
            _listener = listener;
        }

        public string IdTag { get; private set; }

        /// <summary>The connector the tag was presented for, 0 when any.</summary>
        public int ConnectorId { get; private set; }

        /// <summary>When the tag was presented (monotonic ms): an answer later than ConnectionTimeOut no longer starts anything.</summary>
        public long AskedAtMs;

        /// <summary>The connector's vehicle departures when the tag was presented, or -1 for any connector.</summary>
        public int DeparturesAtAsk = -1;

        /// <summary>Why no idTagInfo came (a <see cref="CallFailure"/> or CALLERROR code), or null.</summary>
        public string Failure { get; private set; }

        /// <summary>The CSMS could not be heard: the request timed out or the link dropped under it.</summary>
        public bool Unanswered
        {
            get { return Failure == CallFailure.Timeout || Failure == CallFailure.ConnectionLost; }
        }

        public override string Action
        {
            get { return "Authorize"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.Property("idTag", IdTag);
            payload.EndObject();
        }

        public override void ReadResult(JsonReader payload)
        {
            _info = IdTagInfo.ReadFromPayload(payload);
            JsonReader.Require(_info != null, "idTagInfo");
        }

        public override void OnResult()
        {
            _listener.OnAuthorizeResult(this, _info);
        }

        public override void OnFailed(string errorCode, string description)
        {
            Failure = errorCode;
            _listener.OnAuthorizeResult(this, null);
        }
    }
}
