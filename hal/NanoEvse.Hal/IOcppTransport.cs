namespace NanoEvse.Hal
{
    /// <summary>
    /// One WebSocket link to the CSMS. Implementations only move bytes: every decision (when to connect,
    /// back-off, what to send) is the core's. Results and incoming messages are posted to the inbox from
    /// any thread and drained by the core in Poll().
    /// </summary>
    /// <remarks>
    /// None of these calls may block the caller: the core calls them from the main loop, which also runs the
    /// charging sessions. A client whose connect blocks (nanoFramework's ClientWebSocket waits for DNS, TCP, TLS
    /// and the upgrade with no time limit) is wrapped in <see cref="ThreadedTransport"/>, which connects on a
    /// worker thread.
    /// </remarks>
    public interface IOcppTransport
    {
        /// <summary>
        /// Starts opening a connection and returns at once. The outcome arrives in <paramref name="inbox"/> as
        /// Opened or Closed, tagged with <paramref name="connectionId"/>.
        /// </summary>
        void Connect(TransportSettings settings, int connectionId, TransportInbox inbox);

        /// <summary>Queues one text message; false when the connection is not open.</summary>
        bool Send(string text);

        /// <summary>Closes the current connection, or abandons the attempt under way; a Closed event follows.</summary>
        void Close();
    }
}
