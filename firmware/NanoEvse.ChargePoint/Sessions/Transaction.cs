using System;
using NanoEvse.ChargePoint.Authorization;

namespace NanoEvse.ChargePoint.Sessions
{
    /// <summary>One charging session on one connector, from StartTransaction to StopTransaction.</summary>
    public sealed class Transaction
    {
        /// <summary>Id the CSMS gave in StartTransaction.conf; 0 until then.</summary>
        public int Id;

        public readonly int ConnectorId;
        public readonly string IdTag;
        public readonly long MeterStartWh;
        public readonly DateTime StartUtc;

        /// <summary>The parentIdTag the CSMS gave for <see cref="IdTag"/>, or null.</summary>
        public string ParentIdTag;

        /// <summary>False once the CSMS answered StartTransaction with a status other than Accepted.</summary>
        public bool Authorized = true;

        /// <summary>Set when the session ends; StopTransaction carries it.</summary>
        public string StopReason;

        /// <summary>The card that ended the session, or null when no card did.</summary>
        public string StopIdTag;

        public Transaction(int connectorId, string idTag, long meterStartWh, DateTime startUtc)
        {
            ConnectorId = connectorId;
            IdTag = idTag;
            MeterStartWh = meterStartWh;
            StartUtc = startUtc;
        }

        /// <summary>Whether <paramref name="idTag"/> is this session's own tag (IdToken is case-insensitive).</summary>
        public bool IsOwnTag(string idTag)
        {
            return idTag != null && IdToken.Same(idTag, IdTag);
        }
    }
}
