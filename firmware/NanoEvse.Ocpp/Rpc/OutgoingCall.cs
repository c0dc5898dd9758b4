using NanoEvse.Ocpp.Json;

namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// One request the charger sends to the CSMS. Subclasses write the request payload, read the response
    /// payload, and act on the outcome. The response is applied only after the whole frame has been
    /// checked, so a malformed frame never half-applies.
    /// </summary>
    public abstract class OutgoingCall
    {
        /// <summary>Id of the frame that carried this call, set when it is sent.</summary>
        public string MessageId;

        public abstract string Action { get; }

        public abstract void WritePayload(JsonWriter payload);

        /// <summary>Reads the CALLRESULT payload; throws <see cref="OcppException"/> when it breaks the schema.</summary>
        public abstract void ReadResult(JsonReader payload);

        /// <summary>The response was read and the frame was well-formed.</summary>
        public abstract void OnResult();

        /// <summary>
        /// No usable response: a CALLERROR from the CSMS, or one of the <see cref="CallFailure"/> reasons.
        /// </summary>
        public virtual void OnFailed(string errorCode, string description)
        {
        }
    }
}
