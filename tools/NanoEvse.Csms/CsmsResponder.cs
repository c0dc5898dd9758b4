using System.Text.Json;

namespace NanoEvse.Csms
{
    /// <summary>
    /// Answers one CALL from a charger in place of the default answer. Return null to fall back to the default,
    /// so a responder can override only the cases it cares about.
    /// </summary>
    public delegate CsmsReply CsmsResponder(string chargePointId, string messageId, string action, JsonElement payload);
}
