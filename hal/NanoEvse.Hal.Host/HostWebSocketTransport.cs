using System;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// The OCPP-J link on a PC, over System.Net.WebSockets.ClientWebSocket (ws:// and wss:// with the platform's TLS).
    /// Sending and receiving run on background tasks whose outcome reaches the core through the inbox. By default
    /// Connect returns at once too; with <see cref="BlockingConnect"/> it behaves like nanoFramework's client and
    /// returns only once the connection is open or has failed (after <see cref="ConnectDelay"/>, a slow network),
    /// which is what <see cref="ThreadedTransport"/> is for.
    /// </summary>
    public sealed class HostWebSocketTransport : IOcppTransport, IDisposable
    {
        private readonly object _gate = new object();
        private HostWebSocketConnection _current;

        /// <summary>Connect blocks until the attempt has an outcome, like the device's client.</summary>
        public bool BlockingConnect { get; set; }

        /// <summary>How long each attempt hangs before it even starts connecting (DNS or a radio that does not answer).</summary>
        public TimeSpan ConnectDelay { get; set; }

        /// <summary>A private CA to trust and a client certificate for wss://, or null for the platform's defaults.</summary>
        public TlsSettings Tls { get; set; }

        /// <summary>Starts a new connection; one still open is closed first and reports its own Closed.</summary>
        public void Connect(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(inbox);
            var next = new HostWebSocketConnection(settings, connectionId, inbox, ConnectDelay, Tls);
            HostWebSocketConnection previous;
            lock (_gate)
            {
                previous = _current;
                _current = next;
            }

            previous?.Close();
            next.Start();
            if (BlockingConnect)
            {
                next.Settled.Wait();
            }
        }

        public bool Send(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            HostWebSocketConnection current;
            lock (_gate)
            {
                current = _current;
            }

            return current != null && current.Send(text);
        }

        public void Close()
        {
            HostWebSocketConnection current;
            lock (_gate)
            {
                current = _current;
                _current = null;
            }

            current?.Close();
        }

        /// <summary>
        /// Cuts the current connection without a close handshake, as a charger losing its power would: the peer
        /// only sees the TCP connection end. A Closed event follows.
        /// </summary>
        public void Abort()
        {
            HostWebSocketConnection current;
            lock (_gate)
            {
                current = _current;
                _current = null;
            }

            current?.Abort();
        }

        public void Dispose()
        {
            Close();
        }
    }
}
