using NanoEvse.Hal;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>
    /// MaxEnergyOnInvalidId (errata 3.5/3.17): a transaction whose idTag the CSMS refused in StartTransaction.conf,
    /// kept open because StopTransactionOnInvalidId is false, may go on drawing energy until this much has been
    /// delivered in the transaction; then energy stops (SuspendedEVSE) and the transaction stays open. The
    /// meter is read once a second, so the limit may be passed by up to a second's worth of energy.
    /// </summary>
    public sealed class InvalidIdAllowance
    {
        private const string Component = "charging";
        private readonly ConnectorSession[] _sessions;
        private readonly Transaction[] _watched;
        private readonly long[] _untilWh;
        private readonly ILog _log;

        public InvalidIdAllowance(ConnectorSession[] sessions, ILog log)
        {
            _sessions = sessions;
            _watched = new Transaction[sessions.Length];
            _untilWh = new long[sessions.Length];
            _log = log;
        }

        /// <summary>
        /// The CSMS refused the tag of <paramref name="session"/>'s running transaction: energy continues up to
        /// <paramref name="maxEnergyWh"/> delivered since the transaction began, none at all when 0.
        /// </summary>
        public void Refused(ConnectorSession session, int maxEnergyWh)
        {
            Transaction transaction = session.Transaction;
            int index = IndexOf(session);
            if (transaction == null || index < 0)
            {
                return;
            }

            long untilWh = transaction.MeterStartWh + maxEnergyWh;
            if (maxEnergyWh <= 0 || session.EnergyWh(true) >= untilWh)
            {
                session.Deauthorize(false);
                return;
            }

            _log.Write(LogLevel.Info, Component, "connector " + session.Id + ": refused tag may draw up to " + maxEnergyWh + " Wh");
            _watched[index] = transaction;
            _untilWh[index] = untilWh;
        }

        public void Poll()
        {
            for (int i = 0; i < _sessions.Length; i++)
            {
                Transaction watched = _watched[i];
                if (watched == null)
                {
                    continue;
                }

                ConnectorSession session = _sessions[i];
                if (session.Transaction != watched)
                {
                    _watched[i] = null;
                }
                else if (session.EnergyWh(false) >= _untilWh[i])
                {
                    _log.Write(LogLevel.Info, Component, "connector " + session.Id + ": MaxEnergyOnInvalidId reached, energy off");
                    _watched[i] = null;
                    session.Deauthorize(false);
                }
            }
        }

        private int IndexOf(ConnectorSession session)
        {
            for (int i = 0; i < _sessions.Length; i++)
            {
                if (_sessions[i] == session)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
