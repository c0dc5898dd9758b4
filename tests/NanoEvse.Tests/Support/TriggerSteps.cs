using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>The CSMS side of TriggerMessage.</summary>
    public static class TriggerSteps
    {
        private static int _ids;

        /// <summary>
        /// Sends TriggerMessage(<paramref name="requestedMessage"/>, <paramref name="connectorId"/>) and returns its
        /// status. Its answer must be the first frame the charger sends after the call, before any message it triggers.
        /// </summary>
        public static string Trigger(this ChargerRig rig, string requestedMessage, int? connectorId = null)
        {
            string connector = connectorId == null ? "" : ",\"connectorId\":" + connectorId;
            Frame answer = rig.TriggerRaw("{\"requestedMessage\":\"" + requestedMessage + "\"" + connector + "}");
            Assert.Equal(3, answer.Type);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>Sends a TriggerMessage with <paramref name="payloadJson"/>; returns the CALLRESULT or CALLERROR, which came before anything it triggered.</summary>
        public static Frame TriggerRaw(this ChargerRig rig, string payloadJson)
        {
            string id = "trigger-" + System.Threading.Interlocked.Increment(ref _ids);
            int before = rig.Unread.Count;
            rig.Link.Deliver("[2,\"" + id + "\",\"TriggerMessage\"," + payloadJson + "]");
            rig.Poll();
            Assert.True(rig.Unread.Count > before, "the charger did not answer TriggerMessage");
            Assert.True(rig.Unread[before].Type != 2 && rig.Unread[before].Id == id, "expected the TriggerMessage answer first, got " + rig.Unread[before]);
            return rig.TakeAnswer(id);
        }
    }
}
