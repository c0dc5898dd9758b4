using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>UnlockConnector as the CSMS sends it.</summary>
    public static class LockSteps
    {
        /// <summary>UnlockConnector answered at once; returns its status.</summary>
        public static string UnlockConnector(this ChargerRig rig, int connectorId = 1)
        {
            Frame answer = rig.CallCharger("UnlockConnector", "{\"connectorId\":" + connectorId + "}");
            Assert.True(answer.Type == 3, "UnlockConnector failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>Sends UnlockConnector as call <paramref name="id"/> without waiting for the answer (it may wait for the lock).</summary>
        public static void SendUnlockConnector(this ChargerRig rig, string id, int connectorId = 1)
        {
            rig.Link.Deliver("[2,\"" + id + "\",\"UnlockConnector\",{\"connectorId\":" + connectorId + "}]");
            rig.Poll();
        }

        public static string StatusOf(Frame answer) => answer.Payload.GetProperty("status").GetString();
    }
}
