namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>A CSMS call whose answer is still being worked out (see <see cref="IDeferredCallHandler"/>).</summary>
    internal sealed class DeferredAnswer
    {
        public readonly string MessageId;
        public readonly IDeferredCallHandler Handler;
        public readonly object Request;

        /// <summary>When the handler must answer at the latest; -1 until the first poll sets it.</summary>
        public long DueMs = -1;

        public DeferredAnswer(string messageId, IDeferredCallHandler handler, object request)
        {
            MessageId = messageId;
            Handler = handler;
            Request = request;
        }
    }
}
