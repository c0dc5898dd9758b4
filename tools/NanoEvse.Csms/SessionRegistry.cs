using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace NanoEvse.Csms
{
    /// <summary>The live connection of each charge point, and tests waiting for one to appear or go away.</summary>
    internal sealed class SessionRegistry
    {
        private sealed class Waiter
        {
            public string ChargePointId;
            public bool WantConnected;
            public TaskCompletionSource Completion;
        }

        private readonly object _gate = new object();
        private readonly Dictionary<string, CsmsSession> _sessions = new Dictionary<string, CsmsSession>(StringComparer.Ordinal);
        private readonly List<Waiter> _waiters = new List<Waiter>();

        public CsmsSession Get(string chargePointId)
        {
            lock (_gate)
            {
                return _sessions.TryGetValue(chargePointId, out CsmsSession session) ? session : null;
            }
        }

        public CsmsSession[] All()
        {
            lock (_gate)
            {
                var all = new CsmsSession[_sessions.Count];
                _sessions.Values.CopyTo(all, 0);
                return all;
            }
        }

        /// <summary>Makes <paramref name="session"/> the charger's connection; returns the one it replaces, if any.</summary>
        public CsmsSession Add(CsmsSession session)
        {
            List<Waiter> released;
            CsmsSession previous;
            lock (_gate)
            {
                _sessions.TryGetValue(session.ChargePointId, out previous);
                _sessions[session.ChargePointId] = session;
                released = TakeWaiters(session.ChargePointId, true);
            }

            released.ForEach(w => w.Completion.TrySetResult());
            return previous;
        }

        /// <summary>Forgets <paramref name="session"/>; false when it had already been replaced.</summary>
        public bool Remove(CsmsSession session)
        {
            List<Waiter> released;
            lock (_gate)
            {
                if (!_sessions.TryGetValue(session.ChargePointId, out CsmsSession current) || current != session)
                {
                    return false;
                }

                _sessions.Remove(session.ChargePointId);
                released = TakeWaiters(session.ChargePointId, false);
            }

            released.ForEach(w => w.Completion.TrySetResult());
            return true;
        }

        public async Task WaitAsync(string chargePointId, bool connected, TimeSpan timeout)
        {
            var waiter = new Waiter
            {
                ChargePointId = chargePointId,
                WantConnected = connected,
                Completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
            };
            lock (_gate)
            {
                if (_sessions.ContainsKey(chargePointId) == connected)
                {
                    return;
                }

                _waiters.Add(waiter);
            }

            try
            {
                await waiter.Completion.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                lock (_gate)
                {
                    if (!_waiters.Remove(waiter))
                    {
                        return;
                    }
                }

                string state = connected ? "connect" : "disconnect";
                throw new TimeoutException(chargePointId + " did not " + state + " within " + timeout.TotalSeconds + " s");
            }
        }

        private List<Waiter> TakeWaiters(string chargePointId, bool connected)
        {
            List<Waiter> matching = _waiters.FindAll(w => w.ChargePointId == chargePointId && w.WantConnected == connected);
            _waiters.RemoveAll(matching.Contains);
            return matching;
        }
    }
}
