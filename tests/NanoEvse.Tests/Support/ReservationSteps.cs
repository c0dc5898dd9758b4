using System;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>ReserveNow and CancelReservation as the CSMS sends them.</summary>
    public static class ReservationSteps
    {
        /// <summary>ReserveNow expiring <paramref name="minutes"/> from now; returns the status answered.</summary>
        public static string ReserveNow(this ChargerRig rig, int connectorId, string idTag, int reservationId, int minutes = 30, string parentIdTag = null)
        {
            Frame answer = rig.CallCharger("ReserveNow", ReserveNowPayload(connectorId, idTag, reservationId, rig.Clock.UtcNow.AddMinutes(minutes), parentIdTag));
            Assert.True(answer.Type == 3, "ReserveNow failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>CancelReservation; returns the status answered.</summary>
        public static string CancelReservation(this ChargerRig rig, int reservationId)
        {
            Frame answer = rig.CallCharger("CancelReservation", "{\"reservationId\":" + reservationId + "}");
            Assert.True(answer.Type == 3, "CancelReservation failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        public static string ReserveNowPayload(int connectorId, string idTag, int reservationId, DateTime expiryUtc, string parentIdTag = null) =>
            "{\"connectorId\":" + connectorId + ",\"expiryDate\":\"" + ChargerRig.Iso(expiryUtc) + "\",\"idTag\":\"" + idTag + "\""
            + (parentIdTag == null ? "" : ",\"parentIdTag\":\"" + parentIdTag + "\"") + ",\"reservationId\":" + reservationId + "}";

        /// <summary>The StartTransaction carries reservation <paramref name="reservationId"/> (null: none).</summary>
        public static void AssertReservation(Frame start, int? reservationId)
        {
            if (reservationId == null)
            {
                Assert.False(start.Payload.TryGetProperty("reservationId", out _), "StartTransaction carries a reservationId: " + start);
            }
            else
            {
                Assert.Equal(reservationId.Value, start.Payload.GetProperty("reservationId").GetInt32());
            }
        }
    }
}
