using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NanoEvse.Emulator.Dashboard
{
    /// <summary>What the dashboard page shows, as one JSON document: built on the main loop, read by the web server.</summary>
    public sealed class DashboardState
    {
        public string ChargePointId { get; set; }
        public string Profile { get; set; }
        public int Boots { get; set; }

        /// <summary>The firmware version that runs and where from: a slot or the built-in assemblies.</summary>
        public string Firmware { get; set; }

        /// <summary>Connected and boot accepted.</summary>
        public bool Online { get; set; }

        /// <summary>The link as <c>status</c> says it: network, connection, boot.</summary>
        public string Link { get; set; }

        /// <summary>The charger's wall clock, which the CSMS may have set.</summary>
        public string ChargerTime { get; set; }

        /// <summary>Whether the embedded CSMS runs, so the operator's CSMS actions can work.</summary>
        public bool EmbeddedCsms { get; set; }

        public List<ConnectorView> Connectors { get; set; } = new List<ConnectorView>();

        /// <summary>The newest frames and messages, oldest first.</summary>
        public List<EventView> Events { get; set; } = new List<EventView>();

        /// <summary>What the page's fault and trigger menus offer.</summary>
        public string[] FaultKinds { get; set; }
        public string[] TriggerMessages { get; set; }

        /// <summary>This state with <paramref name="events"/>: published states are shared between requests, so never changed.</summary>
        public DashboardState WithEvents(List<EventView> events)
        {
            DashboardState copy = (DashboardState)MemberwiseClone();
            copy.Events = events;
            return copy;
        }
    }

    /// <summary>One connector as the charger and its hardware see it now.</summary>
    public sealed class ConnectorView
    {
        public int Id { get; set; }
        public string Status { get; set; }
        public string ErrorCode { get; set; }

        /// <summary>IEC 61851 state letter, A to F.</summary>
        public string Pilot { get; set; }

        /// <summary>The PWM duty advertised, in percent; 100 is steady +12 V (no offer).</summary>
        public double DutyPercent { get; set; }

        public double OfferedAmps { get; set; }
        public bool VehiclePlugged { get; set; }
        public bool ContactorClosed { get; set; }

        /// <summary>locked, unlocked or fixed cable.</summary>
        public string Lock { get; set; }

        public int PowerW { get; set; }
        public long MeterWh { get; set; }

        public bool InTransaction { get; set; }

        /// <summary>The CSMS's id for the transaction; 0 while StartTransaction waits for it.</summary>
        public int TransactionId { get; set; }
        public string IdTag { get; set; }
        public long SessionWh { get; set; }

        /// <summary>Injected faults, comma separated, or none.</summary>
        public string Faults { get; set; }

        /// <summary>The current (or last) session's power and energy over time.</summary>
        public ChartView Chart { get; set; }
    }

    /// <summary>Samples of one session: seconds of charger time since its start, watts, and watt-hours since its start.</summary>
    public sealed class ChartView
    {
        public double[] Seconds { get; set; }
        public int[] PowerW { get; set; }
        public long[] EnergyWh { get; set; }
    }

    /// <summary>A frame or a message from the log.</summary>
    public sealed class EventView
    {
        public string Time { get; set; }

        /// <summary>frame, note, log or text.</summary>
        public string Kind { get; set; }

        /// <summary>out (CP to CSMS) or in, for a frame.</summary>
        public string Direction { get; set; }

        public string Text { get; set; }
    }

    /// <summary>The answer to a command from the page.</summary>
    public sealed class CommandReply
    {
        public bool Ok { get; set; }
        public string Message { get; set; }
    }

    /// <summary>A command from the page: a console command line, e.g. <c>plug 1</c>.</summary>
    public sealed class CommandRequest
    {
        public string Command { get; set; }
    }

    /// <summary>Source-generated, so the dashboard needs no reflection and the emulator stays NativeAOT-clean.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(DashboardState))]
    [JsonSerializable(typeof(CommandReply))]
    [JsonSerializable(typeof(CommandRequest))]
    public sealed partial class DashboardJson : JsonSerializerContext
    {
    }
}
