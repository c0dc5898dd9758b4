using System;
using System.Text.Json;

namespace NanoEvse.Csms
{
    /// <summary>A CALL a charger sent to the CSMS.</summary>
    public sealed record ReceivedCall(DateTime Utc, string ChargePointId, string MessageId, string Action, JsonElement Payload, string Text);
}
