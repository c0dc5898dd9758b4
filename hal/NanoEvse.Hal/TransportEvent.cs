namespace NanoEvse.Hal
{
    public enum TransportEventKind
    {
        Opened,
        Message,
        Closed
    }

    /// <summary>Something that happened on a connection, handed from the transport to the core.</summary>
    public sealed class TransportEvent
    {
        public TransportEventKind Kind;

        /// <summary>The connection the event belongs to; the core drops events of connections it gave up.</summary>
        public int ConnectionId;

        /// <summary>The message text (Message), or why the connection closed or failed (Closed).</summary>
        public string Text;

        /// <summary>True for a Message that exceeded the size limit; <see cref="Text"/> then holds only its start.</summary>
        public bool Truncated;

        public TransportEvent(TransportEventKind kind, int connectionId, string text)
        {
            Kind = kind;
            ConnectionId = connectionId;
            Text = text;
        }
    }
}
