namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>Told when a connector starts or ends a transaction, so the CSMS hears of it.</summary>
    public interface ISessionListener
    {
        void OnTransactionStarted(ConnectorSession session, Transaction transaction);

        void OnTransactionStopped(ConnectorSession session, Transaction transaction, long meterStopWh);

        /// <summary>Whether the journal can record another transaction; a transaction it could not record must not start.</summary>
        bool HasRoomForTransaction();
    }
}
