using System;
using NanoEvse.ChargePoint.Authorization;

namespace NanoEvse.Reservation
{
    /// <summary>One ReserveNow the charger holds: a connector (0: any connector) kept for a tag or its group until the expiry date.</summary>
    public sealed class HeldReservation
    {
        public readonly int Id;
        public readonly int ConnectorId;
        public readonly string IdTag;

        /// <summary>The group whose tags may use the reservation too, or null.</summary>
        public readonly string ParentIdTag;
        public readonly DateTime ExpiryUtc;

        public HeldReservation(int id, int connectorId, string idTag, string parentIdTag, DateTime expiryUtc)
        {
            Id = id;
            ConnectorId = connectorId;
            IdTag = idTag;
            ParentIdTag = parentIdTag;
            ExpiryUtc = expiryUtc;
        }

        /// <summary>Whether <paramref name="idTag"/>, of group <paramref name="parentIdTag"/> (null when unknown), may use the reservation (spec 5.13).</summary>
        public bool Admits(string idTag, string parentIdTag)
        {
            return IdToken.Same(idTag, IdTag) || (ParentIdTag != null && parentIdTag != null && IdToken.Same(parentIdTag, ParentIdTag));
        }
    }
}
