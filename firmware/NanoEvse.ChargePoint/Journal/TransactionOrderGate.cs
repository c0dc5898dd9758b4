using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// The endpoint's gate: what the registration allows, except that no transaction message queued in the endpoint
    /// overtakes one waiting for its next attempt (<see cref="TransactionMessageRetry.Holds"/>).
    /// </summary>
    public sealed class TransactionOrderGate : IRpcGate
    {
        private readonly IRpcGate _registration;
        private readonly TransactionMessageRetry _retry;

        public TransactionOrderGate(IRpcGate registration, TransactionMessageRetry retry)
        {
            _registration = registration;
            _retry = retry;
        }

        public bool MaySend(OutgoingCall call)
        {
            return _registration.MaySend(call) && !_retry.Holds(call);
        }

        public bool MayAnswer()
        {
            return _registration.MayAnswer();
        }
    }
}
