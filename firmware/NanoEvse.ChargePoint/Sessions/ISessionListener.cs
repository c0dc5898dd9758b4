namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>Told when a connector starts or ends a transaction, so the CSMS hears of it; asked for the limit in force.</summary>
    public interface ISessionListener
    {
        void OnTransactionStarted(ConnectorSession session, Transaction transaction);

        void OnTransactionStopped(ConnectorSession session, Transaction transaction, long meterStopWh);

        /// <summary>Whether the journal can record another transaction; a transaction it could not record must not start.</summary>
        bool HasRoomForTransaction();

        /// <summary>The charging profiles' limit on the connector now, in 0.1 A per phase; int.MaxValue for none.</summary>
        int LimitDeciAmps(int connectorId);
    }
}
