using System.Collections.Generic;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// A link driven by code instead of a network: it opens, delivers and drops exactly when told to. Tests and
    /// benchmarks play the CSMS through it in virtual time.
    /// </summary>
    public sealed class ScriptedTransport : IOcppTransport
    {
        private TransportInbox _inbox;

        public int ConnectionId { get; private set; }
        public int ConnectAttempts { get; private set; }
        public TransportSettings LastSettings { get; private set; }
        public bool IsOpen { get; private set; }
        public bool OpenOnConnect { get; set; } = true;
        public List<string> Sent { get; } = new List<string>();

        public void Connect(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            ConnectAttempts++;
            LastSettings = settings;
            ConnectionId = connectionId;
            _inbox = inbox;
            if (OpenOnConnect)
            {
                Open();
            }
        }

        public void Open()
        {
            IsOpen = true;
            _inbox.Post(new TransportEvent(TransportEventKind.Opened, ConnectionId, null));
        }

        /// <summary>A connection attempt that fails, or an open connection that drops.</summary>
        public void Fail(string reason)
        {
            IsOpen = false;
            _inbox.Post(new TransportEvent(TransportEventKind.Closed, ConnectionId, reason));
        }

        public void Deliver(string text, bool truncated = false)
        {
            _inbox.Post(new TransportEvent(TransportEventKind.Message, ConnectionId, text) { Truncated = truncated });
        }

        public bool Send(string text)
        {
            if (!IsOpen)
            {
                return false;
            }

            Sent.Add(text);
            return true;
        }

        public void Close()
        {
            if (IsOpen)
            {
                Fail("closed by the charger");
            }
        }
    }
}
