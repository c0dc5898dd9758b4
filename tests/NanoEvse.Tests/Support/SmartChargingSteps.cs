using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>SetChargingProfile, ClearChargingProfile and GetCompositeSchedule as the CSMS sends them, and profiles to send.</summary>
    public static class SmartChargingSteps
    {
        /// <summary>A chargingSchedule: unit "A" or "W", periods as (startPeriod, limit), optional duration and startSchedule.</summary>
        public static string Schedule(string unit, int? duration, DateTime? startSchedule, params (int Start, decimal Limit)[] periods) =>
            "{" + (duration == null ? "" : "\"duration\":" + duration + ",")
            + (startSchedule == null ? "" : "\"startSchedule\":\"" + ChargerRig.Iso(startSchedule.Value) + "\",")
            + "\"chargingRateUnit\":\"" + unit + "\",\"chargingSchedulePeriod\":["
            + string.Join(",", periods.Select(p => "{\"startPeriod\":" + p.Start + ",\"limit\":" + p.Limit.ToString("0.0", CultureInfo.InvariantCulture) + "}"))
            + "]}";

        /// <summary>A chargingProfile; <paramref name="extra"/> adds fields (",\"transactionId\":5").</summary>
        public static string Profile(int id, string purpose, int stackLevel, string kind, string schedule, string extra = "") =>
            "{\"chargingProfileId\":" + id + ",\"stackLevel\":" + stackLevel + ",\"chargingProfilePurpose\":\"" + purpose
            + "\",\"chargingProfileKind\":\"" + kind + "\"" + extra + ",\"chargingSchedule\":" + schedule + "}";

        /// <summary>An Absolute profile starting now, in A, without a duration unless given.</summary>
        public static string AbsoluteProfile(this ChargerRig rig, int id, string purpose, int stackLevel, int? duration, params (int Start, decimal Limit)[] periods) =>
            Profile(id, purpose, stackLevel, "Absolute", Schedule("A", duration, rig.Clock.UtcNow, periods));

        /// <summary>SetChargingProfile; returns the CALLRESULT or CALLERROR.</summary>
        public static Frame SetChargingProfileFrame(this ChargerRig rig, int connectorId, string profile) =>
            rig.CallCharger("SetChargingProfile", "{\"connectorId\":" + connectorId + ",\"csChargingProfiles\":" + profile + "}");

        /// <summary>SetChargingProfile; returns the status answered.</summary>
        public static string SetChargingProfile(this ChargerRig rig, int connectorId, string profile)
        {
            Frame answer = rig.SetChargingProfileFrame(connectorId, profile);
            Assert.True(answer.Type == 3, "SetChargingProfile failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>ClearChargingProfile with the payload given ("{}" clears all); returns the status answered.</summary>
        public static string ClearChargingProfile(this ChargerRig rig, string payload)
        {
            Frame answer = rig.CallCharger("ClearChargingProfile", payload);
            Assert.True(answer.Type == 3, "ClearChargingProfile failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>GetCompositeSchedule; returns the CALLRESULT.</summary>
        public static Frame GetCompositeSchedule(this ChargerRig rig, int connectorId, int duration, string unit = null)
        {
            Frame answer = rig.CallCharger("GetCompositeSchedule", "{\"connectorId\":" + connectorId + ",\"duration\":" + duration
                + (unit == null ? "" : ",\"chargingRateUnit\":\"" + unit + "\"") + "}");
            Assert.True(answer.Type == 3, "GetCompositeSchedule failed: " + answer);
            return answer;
        }

        /// <summary>The composite's periods as "start:limit" (limit without trailing zeros), checking status, connector, start and duration.</summary>
        public static string Composite(this ChargerRig rig, int connectorId, int duration, string unit = "A")
        {
            Frame answer = rig.GetCompositeSchedule(connectorId, duration, unit);
            JsonElement payload = answer.Payload;
            Assert.Equal("Accepted", payload.GetProperty("status").GetString());
            Assert.Equal(connectorId, payload.GetProperty("connectorId").GetInt32());
            DateTime now = rig.Clock.UtcNow;
            DateTime start = payload.GetProperty("scheduleStart").GetDateTime().ToUniversalTime();
            Assert.True(Math.Abs((start - now).TotalSeconds) < 1, "scheduleStart " + start + " is not now " + now);
            JsonElement schedule = payload.GetProperty("chargingSchedule");
            Assert.Equal(duration, schedule.GetProperty("duration").GetInt32());
            Assert.Equal(unit, schedule.GetProperty("chargingRateUnit").GetString());
            return Periods(schedule);
        }

        public static string Periods(JsonElement schedule) =>
            string.Join(", ", schedule.GetProperty("chargingSchedulePeriod").EnumerateArray()
                .Select(p => p.GetProperty("startPeriod").GetInt32() + ":" + p.GetProperty("limit").GetDecimal().ToString("0.#", CultureInfo.InvariantCulture)));

        /// <summary>What the Smart Charging module tells connector <paramref name="connectorId"/>'s session it may offer, in 0.1 A.</summary>
        public static int LimitDeciAmps(this ChargerRig rig, int connectorId = 1) => rig.Charger.Charging.Limit.LimitDeciAmps(connectorId);

        /// <summary>RemoteStartTransaction on connector 1 with a chargingProfile; returns the CALLRESULT or CALLERROR.</summary>
        public static Frame RemoteStartWithProfile(this ChargerRig rig, string idTag, string profile) =>
            rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + idTag + "\",\"chargingProfile\":" + profile + "}");
    }
}
