using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace NanoEvse.Csms
{
    /// <summary>
    /// Every CALL received from chargers, and the hand-out of each one to at most one waiting test in arrival order.
    /// </summary>
    internal sealed class CallLog
    {
        private sealed class Waiter
        {
            public string ChargePointId;
            public string Action;
            public TaskCompletionSource<ReceivedCall> Completion;
        }

        private readonly object _gate = new object();
        private readonly List<ReceivedCall> _all = new List<ReceivedCall>();
        private readonly LinkedList<ReceivedCall> _unclaimed = new LinkedList<ReceivedCall>();
        private readonly List<Waiter> _waiters = new List<Waiter>();

        public IReadOnlyList<ReceivedCall> Snapshot()
        {
            lock (_gate)
            {
                return _all.ToArray();
            }
        }

        public void Add(ReceivedCall call)
        {
            Waiter claimant = null;
            lock (_gate)
            {
                _all.Add(call);
                claimant = _waiters.Find(w => Matches(w.ChargePointId, w.Action, call));
                if (claimant == null)
                {
                    _unclaimed.AddLast(call);
                }
                else
                {
                    _waiters.Remove(claimant);
                }
            }

            claimant?.Completion.TrySetResult(call);
        }

        public async Task<ReceivedCall> WaitAsync(string chargePointId, string action, TimeSpan timeout)
        {
            var waiter = new Waiter
            {
                ChargePointId = chargePointId,
                Action = action,
                Completion = new TaskCompletionSource<ReceivedCall>(TaskCreationOptions.RunContinuationsAsynchronously)
            };
            lock (_gate)
            {
                for (LinkedListNode<ReceivedCall> node = _unclaimed.First; node != null; node = node.Next)
                {
                    if (Matches(chargePointId, action, node.Value))
                    {
                        _unclaimed.Remove(node);
                        return node.Value;
                    }
                }

                _waiters.Add(waiter);
            }

            try
            {
                return await waiter.Completion.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                lock (_gate)
                {
                    if (!_waiters.Remove(waiter))
                    {
                        return waiter.Completion.Task.Result;
                    }
                }

                throw new TimeoutException("No " + action + " CALL from " + chargePointId + " within " + timeout.TotalSeconds + " s");
            }
        }

        private static bool Matches(string chargePointId, string action, ReceivedCall call)
        {
            return call.ChargePointId == chargePointId && call.Action == action;
        }
    }
}
