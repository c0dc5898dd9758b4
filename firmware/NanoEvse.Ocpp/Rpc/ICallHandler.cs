using NanoEvse.Ocpp.Json;

namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>Answers one action the CSMS may call on the charger.</summary>
    public interface ICallHandler
    {
        string Action { get; }

        /// <summary>
        /// Reads and validates the request payload (the reader stands before its first token); throws
        /// <see cref="OcppException"/> with the CALLERROR code when the payload breaks the schema.
        /// Must not change any state: the frame around it is checked only afterwards.
        /// </summary>
        object ReadRequest(JsonReader payload);

        /// <summary>Carries out the request and writes the response payload.</summary>
        void Execute(object request, JsonWriter response);
    }
}
