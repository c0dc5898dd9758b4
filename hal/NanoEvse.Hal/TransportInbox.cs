using System.Collections;
using System.Threading;

namespace NanoEvse.Hal
{
    /// <summary>
    /// The hand-over point between transport threads and the single-threaded core: transports post, the core
    /// takes in Poll(). Posting wakes a main loop that sleeps in <see cref="WaitForEvent"/>, so a CSMS call is
    /// handled as soon as it arrives rather than at the next tick.
    /// </summary>
    /// <remarks>
    /// Bounded: at most <see cref="MaxMessages"/> messages wait here. A message beyond that is dropped and counted
    /// (the CSMS gets no answer and times out, as it would on a lost frame); Opened and Closed are always kept,
    /// since there is at most one of each per connection attempt and the core must see them.
    /// </remarks>
    public sealed class TransportInbox
    {
        public const int MaxMessages = 16;

        private readonly Queue _events = new Queue();
        private readonly object _gate = new object();
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private int _messages;
        private int _dropped;

        public void Post(TransportEvent e)
        {
            lock (_gate)
            {
                if (e.Kind == TransportEventKind.Message)
                {
                    if (_messages >= MaxMessages)
                    {
                        _dropped++;
                        return;
                    }

                    _messages++;
                }

                _events.Enqueue(e);
            }

            _arrived.Set();
        }

        /// <summary>The oldest event, or null when there is none.</summary>
        public TransportEvent Take()
        {
            lock (_gate)
            {
                if (_events.Count == 0)
                {
                    return null;
                }

                TransportEvent e = (TransportEvent)_events.Dequeue();
                if (e.Kind == TransportEventKind.Message)
                {
                    _messages--;
                }

                return e;
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

        /// <summary>Messages dropped because the inbox was full since the last call; the count restarts at 0.</summary>
        public int TakeDropped()
        {
            lock (_gate)
            {
                int dropped = _dropped;
                _dropped = 0;
                return dropped;
            }
        }

        /// <summary>Sleeps until an event is posted or <see cref="Wake"/> is called, at most <paramref name="timeoutMs"/>; true when woken.</summary>
        public bool WaitForEvent(int timeoutMs)
        {
            return _arrived.WaitOne(timeoutMs, false);
        }

        /// <summary>Wakes a loop sleeping in <see cref="WaitForEvent"/> (a safety trip, a stop request).</summary>
        public void Wake()
        {
            _arrived.Set();
        }
    }
}
