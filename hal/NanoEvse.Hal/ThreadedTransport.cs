using System;
using System.Threading;

namespace NanoEvse.Hal
{
    /// <summary>
    /// Makes a transport whose Connect blocks (nanoFramework's ClientWebSocket: DNS, TCP, TLS and the upgrade,
    /// with no time limit of their own) safe for the main loop: each attempt runs on a thread of its own and only
    /// its outcome reaches the core, through the inbox. The core gives up on an attempt after its connect timeout
    /// and calls <see cref="Close"/>, which asks the inner transport to abandon it.
    /// </summary>
    /// <remarks>
    /// An attempt that never returns keeps its thread. At most <see cref="MaxBlockedAttempts"/> such threads may
    /// exist; while they do, a new attempt fails at once with Closed, so an outage cannot use up the heap with
    /// stuck threads. Send and Close go straight to the inner transport, which must accept them from any thread.
    /// </remarks>
    public sealed class ThreadedTransport : IOcppTransport
    {
        public const int MaxBlockedAttempts = 2;

        private readonly IOcppTransport _inner;
        private readonly object _gate = new object();
        private int _running;

        public ThreadedTransport(IOcppTransport inner)
        {
            _inner = inner;
        }

        /// <summary>Attempts whose thread has not returned yet.</summary>
        public int RunningAttempts
        {
            get
            {
                lock (_gate)
                {
                    return _running;
                }
            }
        }

        public void Connect(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            lock (_gate)
            {
                if (_running >= MaxBlockedAttempts)
                {
                    inbox.Post(new TransportEvent(TransportEventKind.Closed, connectionId, "earlier connection attempts are still blocked"));
                    return;
                }

                _running++;
            }

            ConnectAttempt attempt = new ConnectAttempt(this, settings, connectionId, inbox);
            Thread thread = new Thread(attempt.Run);
            thread.Start();
        }

        public bool Send(string text)
        {
            return _inner.Send(text);
        }

        public void Close()
        {
            _inner.Close();
        }

        private void Run(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            try
            {
                _inner.Connect(settings, connectionId, inbox);
            }
            catch (Exception e)
            {
                // The inner transport reports its own failures; one it let escape still ends the attempt.
                inbox.Post(new TransportEvent(TransportEventKind.Closed, connectionId, "connect failed: " + e.Message));
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                }
            }
        }

        /// <summary>One attempt's arguments, carried to its thread (ThreadStart takes none).</summary>
        private sealed class ConnectAttempt
        {
            private readonly ThreadedTransport _owner;
            private readonly TransportSettings _settings;
            private readonly int _connectionId;
            private readonly TransportInbox _inbox;

            public ConnectAttempt(ThreadedTransport owner, TransportSettings settings, int connectionId, TransportInbox inbox)
            {
                _owner = owner;
                _settings = settings;
                _connectionId = connectionId;
                _inbox = inbox;
            }

            public void Run()
            {
                _owner.Run(_settings, _connectionId, _inbox);
            }
        }
    }
}
