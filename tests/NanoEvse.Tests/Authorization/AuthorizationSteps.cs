using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>Steps the authorization tests share: filling the cache the way a CSMS does, dropping the link.</summary>
    public static class AuthorizationSteps
    {
        /// <summary>Heartbeats once an hour, so the product profiles' short intervals do not interleave with the session under test.</summary>
        public static void QuietHeartbeats(this ChargerRig rig)
        {
            Assert.Equal("Accepted", rig.ChangeConfiguration("HeartbeatInterval", "3600"));
        }

        /// <summary>Pulls the cable out, polling until a socket's lock lets it go.</summary>
        public static void UnplugFully(this ChargerRig rig)
        {
            for (int i = 0; i < 50 && !rig.Evse.Unplug(); i++)
            {
                rig.Run(100);
            }

            rig.Poll();
        }

        /// <summary>
        /// With nothing plugged in, presents <paramref name="idTag"/> and answers its Authorize.req with
        /// <paramref name="idTagInfoJson"/>, which the charger caches. An Accepted tag then waits for a vehicle until
        /// ConnectionTimeOut (set to 10 s here) brings the connector back to Available.
        /// </summary>
        public static void CacheTag(this ChargerRig rig, string idTag, string idTagInfoJson)
        {
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "10"));
            rig.Reader.Present(idTag);
            Frame authorize = rig.ExpectCall("Authorize");
            Assert.Equal(idTag, authorize.Payload.GetProperty("idTag").GetString());
            rig.Reply(authorize, "{\"idTagInfo\":" + idTagInfoJson + "}");
            if (idTagInfoJson.Contains("\"Accepted\""))
            {
                rig.ExpectStatus("Preparing");
                rig.Run(10500);
                rig.ExpectStatus("Available");
            }

            Assert.Empty(rig.Unread);
        }

        /// <summary>The link drops and every reconnection attempt fails until <see cref="Reconnect"/>.</summary>
        public static void GoOffline(this ChargerRig rig)
        {
            rig.Link.OpenOnConnect = false;
            rig.Link.Fail("network down");
            rig.Poll();
            Assert.False(rig.Charger.Endpoint.IsOnline);
        }

        /// <summary>Lets the charger's next connection attempt succeed; returns once it is online again.</summary>
        public static void Reconnect(this ChargerRig rig)
        {
            rig.Link.OpenOnConnect = true;
            for (int i = 0; i < 4000 && !rig.Charger.Endpoint.IsOnline; i++)
            {
                rig.Run(100);
            }

            Assert.True(rig.Charger.Endpoint.IsOnline, "the charger did not reconnect");
        }

        /// <summary>Answers every StatusNotification until the next CALL of <paramref name="action"/>, which is returned unanswered.</summary>
        public static Frame ExpectCallAfterStatuses(this ChargerRig rig, string action)
        {
            while (true)
            {
                rig.Poll();
                Assert.True(rig.Unread.Count > 0, "expected " + action + " but the charger sent nothing");
                if (rig.Unread[0].Action != "StatusNotification")
                {
                    return rig.ExpectCall(action);
                }

                Frame status = rig.ExpectCall("StatusNotification");
                rig.Reply(status, "{}");
            }
        }
    }
}
