using NanoEvse.ChargePoint.Operations;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// Queues MeterValues, at most half the message queue at a time: values taken while offline must never
    /// crowd a StartTransaction or StopTransaction out of the bounded queue. When full, the newest value is dropped.
    /// </summary>
    public sealed class MeterValuesOutbox
    {
        private const string Component = "metering";
        private readonly RpcEndpoint _endpoint;
        private readonly ILog _log;
        private readonly MeterValues[] _pending;

        public MeterValuesOutbox(RpcEndpoint endpoint, ILog log)
        {
            _endpoint = endpoint;
            _log = log;
            _pending = new MeterValues[endpoint.MaxQueuedCalls / 2];
        }

        public bool Send(MeterValues call)
        {
            Prune();
            for (int i = 0; i < _pending.Length; i++)
            {
                if (_pending[i] == null)
                {
                    if (!_endpoint.Enqueue(call))
                    {
                        return false;
                    }

                    _pending[i] = call;
                    return true;
                }
            }

            _log.Write(LogLevel.Warning, Component, _pending.Length + " MeterValues already wait; dropping the newest");
            return false;
        }

        /// <summary>Forgets the calls that were answered or given up (a retried one is queued again, so it stays).</summary>
        private void Prune()
        {
            for (int i = 0; i < _pending.Length; i++)
            {
                if (_pending[i] != null && !_endpoint.IsQueuedOrOutstanding(_pending[i]))
                {
                    _pending[i] = null;
                }
            }
        }
    }
}
