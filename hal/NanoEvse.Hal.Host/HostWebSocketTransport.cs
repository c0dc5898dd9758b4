using System;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// The OCPP-J link on a PC, over System.Net.WebSockets.ClientWebSocket (ws:// and wss:// with the platform's TLS).
    /// Connect and Send never block the caller: connecting, sending and receiving run on background tasks, and
    /// their outcome reaches the core through the inbox.
    /// </summary>
    public sealed class HostWebSocketTransport : IOcppTransport, IDisposable
    {
        private readonly object _gate = new object();
        private HostWebSocketConnection _current;

        /// <summary>Starts a new connection; one still open is closed first and reports its own Closed.</summary>
        public void Connect(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(inbox);
            var next = new HostWebSocketConnection(settings, connectionId, inbox);
            HostWebSocketConnection previous;
            lock (_gate)
            {
                previous = _current;
                _current = next;
            }

            previous?.Close();
            next.Start();
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
