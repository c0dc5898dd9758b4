using System.Text.Json.Serialization;
using Spectre.Console.Rendering;

namespace NanoEvse.Emulator
{
    /// <summary>One line of --json output; absent fields are left out.</summary>
    public sealed class LogEvent
    {
        /// <summary>frame, log, note, text or clock.</summary>
        public string Kind { get; set; }

        /// <summary>The log's own time: the start's wall clock plus the monotonic time since, so it never goes back.</summary>
        public string Time { get; set; }

        /// <summary>The charger's wall clock, which the CSMS may set.</summary>
        public string ChargerTime { get; set; }

        /// <summary>out (CP -> CSMS) or in, for a frame.</summary>
        public string Direction { get; set; }

        public string Frame { get; set; }
        public string Level { get; set; }
        public string Component { get; set; }
        public string Message { get; set; }

        /// <summary>A Spectre widget that a text event shows on the console; its plain text is the message.</summary>
        [JsonIgnore]
        public IRenderable Widget { get; set; }
    }

    /// <summary>Source-generated, so --json needs no reflection and the emulator stays NativeAOT-clean.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(LogEvent))]
    public sealed partial class LogEventJson : JsonSerializerContext
    {
    }
}
