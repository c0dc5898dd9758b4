using System.Collections;

namespace NanoEvse.Hal
{
    /// <summary>
    /// The hand-over point between transport threads and the single-threaded core: transports post,
    /// the core takes in Poll().
    /// </summary>
    public sealed class TransportInbox
    {
        private readonly Queue _events = new Queue();
        private readonly object _gate = new object();

        public void Post(TransportEvent e)
        {
            lock (_gate)
            {
                _events.Enqueue(e);
            }
        }

        /// <summary>The oldest event, or null when there is none.</summary>
        public TransportEvent Take()
        {
            lock (_gate)
            {
                return _events.Count == 0 ? null : (TransportEvent)_events.Dequeue();
            }
        }

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _events.Count;
                }
            }
        }
    }
}
