using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>Sessions started by the CSMS (for profiles without a card reader) and UnlockConnector as the CSMS sends it.</summary>
    public static class LockSteps
    {
        /// <summary>Plug in, RemoteStartTransaction on connector 1 (with Authorize when the profile asks it) and start: Charging.</summary>
        public static void StartChargingByRemoteStart(this ChargerRig rig, string idTag, int transactionId)
        {
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Frame answer = rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + idTag + "\"}");
            Assert.Equal("Accepted", answer.Payload.GetProperty("status").GetString());
            if (rig.Charger.Configuration.Find("AuthorizeRemoteTxRequests").BoolValue)
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
                rig.StartChargingByRemoteStart(idTag, transactionId);
            }
        }

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
