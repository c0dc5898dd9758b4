using System.Text.Json;

namespace NanoEvse.Tests.Support
{
    /// <summary>One OCPP-J frame the charger sent, parsed by an independent JSON parser.</summary>
    public sealed class Frame
    {
        public Frame(string text)
        {
            Text = text;
            Root = JsonDocument.Parse(text).RootElement;
        }

        public string Text { get; }
        public JsonElement Root { get; }
        public int Type => Root[0].GetInt32();
        public string Id => Root[1].GetString();

        /// <summary>CALL action; null for other frames.</summary>
        public string Action => Type == 2 ? Root[2].GetString() : null;

        /// <summary>Payload of a CALL or CALLRESULT.</summary>
        public JsonElement Payload => Type == 2 ? Root[3] : Root[2];

        /// <summary>Error code of a CALLERROR.</summary>
        public string ErrorCode => Type == 4 ? Root[2].GetString() : null;

        public override string ToString() => Text;
    }
}
