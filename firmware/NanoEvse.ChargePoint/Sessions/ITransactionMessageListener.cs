using NanoEvse.ChargePoint.Authorization;
using NanoEvse.ChargePoint.Operations;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>Gets the CSMS's answers to the transaction messages: StartTransaction, StopTransaction and a transaction's MeterValues.</summary>
    public interface ITransactionMessageListener
    {
        void OnStartConfirmed(StartTransaction request, IdTagInfo info);

        /// <summary><paramref name="info"/> is null when the CSMS sent none.</summary>
        void OnStopConfirmed(StopTransaction request, IdTagInfo info);

        void OnMeterValuesConfirmed(MeterValues request);

        void OnTransactionMessageFailed(OutgoingCall request, string errorCode);
    }
}
