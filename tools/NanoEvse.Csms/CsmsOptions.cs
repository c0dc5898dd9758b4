using System;
using System.Collections.Generic;

namespace NanoEvse.Csms
{
    /// <summary>How an <see cref="EmbeddedCsms"/> listens and what it answers by default.</summary>
    public sealed class CsmsOptions
    {
        /// <summary>IP address to listen on ("localhost" means the IPv4 loopback).</summary>
        public string Host { get; set; } = "127.0.0.1";

        /// <summary>TCP port; 0 picks a free one, read it back from <see cref="EmbeddedCsms.Port"/>.</summary>
        public int Port { get; set; }

        /// <summary>Upgrades are accepted only under this path; the last segment after it is the charge point id.</summary>
        public string PathPrefix { get; set; } = "/ocpp/";

        /// <summary>The interval handed out in BootNotification.conf.</summary>
        public int HeartbeatIntervalSeconds { get; set; } = 10;

        /// <summary>The status handed out in BootNotification.conf: Accepted, Pending or Rejected.</summary>
        public string BootStatus { get; set; } = "Accepted";

        /// <summary>
        /// Basic-auth password (the AuthorizationKey) per charge point id. A charger listed here must authenticate;
        /// a charger not listed connects without credentials.
        /// </summary>
        public IDictionary<string, string> AuthorizationKeys { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The time the CSMS tells chargers in BootNotification.conf and Heartbeat.conf; must return UTC.</summary>
        public Func<DateTime> CurrentTime { get; set; } = () => DateTime.UtcNow;

        /// <summary>When above 0, every message the CSMS sends is split into WebSocket frames of at most this many bytes.</summary>
        public int FragmentBytes { get; set; }

        /// <summary>
        /// How long a client may stay silent after connecting, and then take to send its HTTP upgrade request, before
        /// it is dropped. These are Kestrel's keep-alive and request-headers timeouts, which Kestrel checks once a second
        /// and enforces 1 to 2 s late; an unfinished request is answered 408 as it is dropped.
        /// </summary>
        public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>How long a close handshake started by the CSMS may take before the connection is cut.</summary>
        public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);
    }
}
