namespace NanoEvse.Hal
{
    /// <summary>Everything a transport needs to open one OCPP-J WebSocket connection.</summary>
    public sealed class TransportSettings
    {
        /// <summary>ws:// or wss:// URL whose last path segment is the charge point id.</summary>
        public string Url;

        /// <summary>Sec-WebSocket-Protocol to ask for.</summary>
        public string Subprotocol = "ocpp1.6";

        /// <summary>Complete value of the Authorization header (e.g. "Basic ..."), or null for none.</summary>
        public string Authorization;

        /// <summary>Seconds between client pings; 0 sends none (WebSocketPingInterval).</summary>
        public int PingIntervalSeconds;

        /// <summary>Largest incoming message, in bytes, the transport hands over; bigger ones are reported truncated.</summary>
        public int MaxMessageBytes = 16384;
    }
}
