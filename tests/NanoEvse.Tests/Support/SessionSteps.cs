using System;
using System.Collections.Generic;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>The CSMS side of a charging session, one expected message at a time.</summary>
    public static class SessionSteps
    {
        /// <summary>The next message is a StatusNotification of <paramref name="connector"/> with <paramref name="status"/>; it is answered.</summary>
        public static Frame ExpectStatus(this ChargerRig rig, string status, int connector = 1, string errorCode = "NoError")
        {
            Frame frame = rig.ExpectCall("StatusNotification");
            Assert.Equal(connector, frame.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal(status, frame.Payload.GetProperty("status").GetString());
            Assert.Equal(errorCode, frame.Payload.GetProperty("errorCode").GetString());
            rig.Reply(frame, "{}");
            return frame;
        }

        public static Frame ExpectAuthorize(this ChargerRig rig, string idTag, string status = "Accepted", string parentIdTag = null)
        {
            Frame frame = rig.ExpectCall("Authorize");
            Assert.Equal(idTag, frame.Payload.GetProperty("idTag").GetString());
            rig.Reply(frame, "{\"idTagInfo\":" + IdTagInfo(status, parentIdTag) + "}");
            return frame;
        }

        public static Frame ExpectStart(this ChargerRig rig, string idTag, int transactionId, string status = "Accepted", string parentIdTag = null)
        {
            Frame frame = rig.ExpectCall("StartTransaction");
            Assert.Equal(1, frame.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal(idTag, frame.Payload.GetProperty("idTag").GetString());
            Assert.True(frame.Payload.TryGetProperty("meterStart", out _));
            Assert.True(frame.Payload.TryGetProperty("timestamp", out _));
            rig.Reply(frame, "{\"idTagInfo\":" + IdTagInfo(status, parentIdTag) + ",\"transactionId\":" + transactionId + "}");
            return frame;
        }

        /// <summary>The next message is StopTransaction for <paramref name="transactionId"/> with <paramref name="reason"/> (null: no idTag expected).</summary>
        public static Frame ExpectStop(this ChargerRig rig, int transactionId, string reason, string idTag = null)
        {
            Frame frame = rig.ExpectCall("StopTransaction");
            Assert.Equal(transactionId, frame.Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal(reason, frame.Payload.GetProperty("reason").GetString());
            if (idTag == null)
            {
                Assert.False(frame.Payload.TryGetProperty("idTag", out _));
            }
            else
            {
                Assert.Equal(idTag, frame.Payload.GetProperty("idTag").GetString());
            }

            rig.Reply(frame, "{}");
            return frame;
        }

        /// <summary>The next message is MeterValues of <paramref name="connector"/> for <paramref name="transactionId"/> (null: none); it is answered.</summary>
        public static Frame ExpectMeterValues(this ChargerRig rig, int? transactionId, int connector = 1)
        {
            Frame frame = rig.ExpectCall("MeterValues");
            Assert.Equal(connector, frame.Payload.GetProperty("connectorId").GetInt32());
            if (transactionId == null)
            {
                Assert.False(frame.Payload.TryGetProperty("transactionId", out _));
            }
            else
            {
                Assert.Equal(transactionId, frame.Payload.GetProperty("transactionId").GetInt32());
            }

            rig.Reply(frame, "{}");
            return frame;
        }

        /// <summary>
        /// Answers the MeterValues of <paramref name="transactionId"/> the journal still held, as long as they come
        /// next, and the StatusNotifications that overtake them (added to <paramref name="statuses"/> when given);
        /// the MeterValues must come oldest first. Returns them.
        /// </summary>
        public static List<Frame> AnswerQueuedMeterValues(this ChargerRig rig, int transactionId, List<Frame> statuses = null)
        {
            List<Frame> values = new List<Frame>();
            rig.Poll();
            DateTime previous = DateTime.MinValue;
            while (rig.Unread.Count > 0 && (rig.Unread[0].Action == "MeterValues" || rig.Unread[0].Action == "StatusNotification"))
            {
                if (rig.Unread[0].Action == "StatusNotification")
                {
                    List<Frame> answered = rig.AnswerStatusNotifications();
                    statuses?.AddRange(answered);
                    continue;
                }

                Frame frame = rig.ExpectMeterValues(transactionId);
                DateTime stamp = frame.Payload.GetProperty("meterValue")[0].GetProperty("timestamp").GetDateTime();
                Assert.True(stamp > previous, "a queued MeterValues of " + stamp + " came after one of " + previous);
                previous = stamp;
                values.Add(frame);
            }

            return values;
        }

        /// <summary>Plug in (socket: cable and vehicle) with an EV that asks for energy as soon as it is offered.</summary>
        public static void PlugInEv(this ChargerRig rig)
        {
            rig.Evse.Plug();
            rig.Evse.AskForEnergy();
            rig.Poll();
        }

        /// <summary>Plug, swipe, authorize and start: the connector is Charging with transaction <paramref name="transactionId"/>.</summary>
        public static void StartCharging(this ChargerRig rig, string idTag, int transactionId, string parentIdTag = null)
        {
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present(idTag);
            rig.ExpectAuthorize(idTag, "Accepted", parentIdTag);
            rig.ExpectStart(idTag, transactionId, "Accepted", parentIdTag);
            rig.ExpectStatus("Charging");
        }

        /// <summary>The TCD's Charging state by the CSMS: plug in, RemoteStartTransaction (Authorize when the charger asks), StartTransaction, Charging.</summary>
        public static void StartChargingRemotely(this ChargerRig rig, string idTag, int transactionId)
        {
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + idTag + "\"}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            rig.Poll();
            if (rig.Unread.Count > 0 && rig.Unread[0].Action == "Authorize")
            {
                rig.ExpectAuthorize(idTag);
            }

            rig.ExpectStart(idTag, transactionId);
            rig.ExpectStatus("Charging");
        }

        /// <summary>A session of the profile's usual kind: a card where there is a reader, a RemoteStart otherwise.</summary>
        public static void StartChargingAnyWay(this ChargerRig rig, string idTag, int transactionId)
        {
            if (rig.Reader != null)
            {
                rig.StartCharging(idTag, transactionId);
            }
            else
            {
                rig.StartChargingRemotely(idTag, transactionId);
            }
        }

        private static string IdTagInfo(string status, string parentIdTag) =>
            "{\"status\":\"" + status + "\"" + (parentIdTag == null ? "" : ",\"parentIdTag\":\"" + parentIdTag + "\"") + "}";
    }
}
