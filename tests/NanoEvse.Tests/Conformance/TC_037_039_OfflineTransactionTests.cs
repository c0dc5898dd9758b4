using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_037_1/2/3, TC_038 and TC_039: transactions that start or stop while the link is down, and what the CSMS sees
    /// once it is back. Offline the tag is accepted as the profile allows: the default profile from its authorization
    /// cache (LocalAuthorizeOffline), product-b, which has no cache, under AllowOfflineTxForUnknownId. product-a has
    /// neither a card reader nor any offline authorization (LocalAuthorizeOffline false, no cache, no
    /// AllowOfflineTxForUnknownId), and every one of these cases needs a tag presented on site while offline, so they
    /// do not apply to it.
    /// </summary>
    public class TC_037_039_OfflineTransactionTests
    {
        private const string Tag = "TAG-OFF";

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_037_1_a_transaction_started_offline_with_a_valid_tag_is_reported_on_reconnect(string profile)
        {
            ChargerRig rig = StartedOffline(profile);

            rig.Reconnect();
            List<Frame> sent = AnswerUntilQuiet(rig, "Accepted", 371);

            Assert.Equal(new[] { "StartTransaction", "StatusNotification" }, sent.Select(f => f.Action));
            Assert.Equal(Tag, sent[0].Payload.GetProperty("idTag").GetString());
            Assert.Equal("Charging", Status(sent[1]));
            Assert.True(rig.Evse.ContactorCommanded);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_037_2_an_invalid_tag_without_StopTransactionOnInvalidId_suspends_the_energy_and_keeps_the_transaction(string profile)
        {
            ChargerRig rig = StartedOffline(profile, stopOnInvalid: "false");
            Assert.Equal("0", rig.Charger.Configuration.Find("MaxEnergyOnInvalidId").Value);

            rig.Reconnect();
            List<Frame> sent = AnswerUntilQuiet(rig, "Invalid", 372);

            Assert.Equal(new[] { "StartTransaction", "StatusNotification", "StatusNotification" }, sent.Select(f => f.Action));
            Assert.Equal("Charging", Status(sent[1]));
            Assert.Equal("SuspendedEVSE", Status(sent[2]));
            Assert.False(rig.Evse.ContactorCommanded);

            // The transaction stays open: MeterValues may come, a StopTransaction may not.
            for (int second = 0; second < 60; second++)
            {
                rig.Run(1000);
                Assert.DoesNotContain(AnswerUntilQuiet(rig, "Invalid", 372), f => f.Action == "StopTransaction" || f.Action == "StatusNotification");
            }

            Assert.NotNull(rig.Charger.Charging.Find(1).Transaction);
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_037_3_an_invalid_tag_with_StopTransactionOnInvalidId_ends_the_transaction_DeAuthorized(string profile)
        {
            ChargerRig rig = StartedOffline(profile, stopOnInvalid: "true");

            rig.Reconnect();
            List<Frame> sent = AnswerUntilQuiet(rig, "Invalid", 373);

            Frame stop = sent.Single(f => f.Action == "StopTransaction");
            Assert.Equal(373, stop.Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal("DeAuthorized", stop.Payload.GetProperty("reason").GetString());
            Assert.True(sent.IndexOf(stop) > sent.FindIndex(f => f.Action == "StartTransaction"));
            Assert.Equal("Finishing", Status(sent.Last(f => f.Action == "StatusNotification")));
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_038_a_transaction_stopped_offline_is_reported_Local_on_reconnect(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            rig.StartCharging(Tag, 38);
            rig.GoOffline();

            rig.Reader.Present(Tag);
            rig.Run(1000);
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);

            rig.Reconnect();
            List<Frame> sent = AnswerUntilQuiet(rig, "Accepted", 0);

            Assert.Equal(new[] { "StopTransaction", "StatusNotification" }, sent.Where(f => f.Action != "MeterValues").Select(f => f.Action));
            Frame stop = sent.Single(f => f.Action == "StopTransaction");
            Assert.Equal(38, stop.Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal("Local", stop.Payload.GetProperty("reason").GetString());
            Assert.Equal(Tag, stop.Payload.GetProperty("idTag").GetString());
            Assert.Equal("Finishing", Status(sent.Single(f => f.Action == "StatusNotification")));
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_039_a_transaction_started_and_stopped_offline_is_delivered_in_order_on_reconnect(string profile)
        {
            ChargerRig rig = StartedOffline(profile);
            rig.Run(30000);
            rig.Reader.Present(Tag);
            rig.Run(1000);
            Assert.False(rig.Evse.ContactorCommanded);
            Assert.Empty(rig.Unread);

            rig.Reconnect();
            List<Frame> sent = AnswerUntilQuiet(rig, "Accepted", 39);

            List<Frame> transaction = sent.Where(f => f.Action == "StartTransaction" || f.Action == "StopTransaction").ToList();
            Assert.Equal(new[] { "StartTransaction", "StopTransaction" }, transaction.Select(f => f.Action));
            Assert.Equal(39, transaction[1].Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal("Local", transaction[1].Payload.GetProperty("reason").GetString());
            Assert.True(transaction[1].Payload.GetProperty("meterStop").GetInt64() > transaction[0].Payload.GetProperty("meterStart").GetInt64());
            // Only the connector's current status is reported, not the history it went through offline.
            Assert.Equal(new[] { "Finishing" }, sent.Where(f => f.Action == "StatusNotification").Select(Status));
        }

        /// <summary>
        /// The profile charging offline: the tag cached as Accepted first where there is a cache, the link down, then a
        /// vehicle and the tag. Nothing reaches the CSMS.
        /// </summary>
        private static ChargerRig StartedOffline(string profile, string stopOnInvalid = null)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            if (stopOnInvalid != null)
            {
                Assert.Equal("Accepted", rig.ChangeConfiguration("StopTransactionOnInvalidId", stopOnInvalid));
            }

            if (rig.Charger.Configuration.Find("AuthorizationCacheEnabled") != null)
            {
                rig.CacheTag(Tag, "{\"status\":\"Accepted\"}");
            }
            else
            {
                Assert.Equal("true", rig.Charger.Configuration.Find("AllowOfflineTxForUnknownId").Value);
            }

            rig.GoOffline();
            rig.PlugInEv();
            rig.Reader.Present(Tag);
            rig.Run(1000);
            Assert.True(rig.Evse.ContactorCommanded, "the offline start did not begin charging");
            Assert.Empty(rig.Unread);
            return rig;
        }

        private static string Status(Frame frame) => frame.Payload.GetProperty("status").GetString();

        /// <summary>
        /// Plays the CSMS until the charger is quiet: StartTransaction gets <paramref name="startStatus"/> and
        /// <paramref name="transactionId"/>, everything else its plain answer. Returns the calls, in order.
        /// </summary>
        private static List<Frame> AnswerUntilQuiet(ChargerRig rig, string startStatus, int transactionId)
        {
            List<Frame> sent = new List<Frame>();
            rig.Poll();
            while (rig.Unread.Count > 0)
            {
                Frame call = rig.ExpectCall(rig.Unread[0].Action);
                sent.Add(call);
                string answer = call.Action switch
                {
                    "StartTransaction" => "{\"idTagInfo\":{\"status\":\"" + startStatus + "\"},\"transactionId\":" + transactionId + "}",
                    "Heartbeat" => "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}",
                    _ => "{}",
                };
                rig.Reply(call, answer);
            }

            return sent;
        }
    }
}
