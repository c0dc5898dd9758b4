namespace NanoEvse.Hal
{
    /// <summary>
    /// One WebSocket link to the CSMS. Implementations only move bytes: every decision (when to connect,
    /// back-off, what to send) is the core's. Results and incoming messages are posted to the inbox from
    /// any thread and drained by the core in Poll().
    /// </summary>
    public interface IOcppTransport
    {
        /// <summary>
        /// Starts opening a connection. The outcome arrives in <paramref name="inbox"/> as Opened or Closed,
        /// tagged with <paramref name="connectionId"/>; a transport may block while connecting.
        /// </summary>
        void Connect(TransportSettings settings, int connectionId, TransportInbox inbox);

        /// <summary>Queues one text message; false when the connection is not open.</summary>
        bool Send(string text);

        /// <summary>Closes the current connection, if any; a Closed event follows.</summary>
        void Close();
    }
}
