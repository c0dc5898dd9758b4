using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>ChangeAvailability, Reset and reboots as the CSMS sees them.</summary>
    public static class AvailabilitySteps
    {
        /// <summary>The built-in profiles: default, product-a (socket, no reader), product-b (fixed cable).</summary>
        public static IEnumerable<object[]> Profiles() => new[] { new object[] { "default" }, new object[] { "product-a" }, new object[] { "product-b" } };

        /// <summary>ChangeAvailability; returns the status answered.</summary>
        public static string ChangeAvailability(this ChargerRig rig, int connectorId, string type)
        {
            Frame answer = rig.CallCharger("ChangeAvailability", "{\"connectorId\":" + connectorId + ",\"type\":\"" + type + "\"}");
            Assert.True(answer.Type == 3, "ChangeAvailability failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>Reset; returns the status answered.</summary>
        public static string Reset(this ChargerRig rig, string type)
        {
            Frame answer = rig.CallCharger("Reset", "{\"type\":\"" + type + "\"}");
            Assert.True(answer.Type == 3, "Reset failed: " + answer);
            return answer.Payload.GetProperty("status").GetString();
        }

        /// <summary>RemoteStartTransaction on connector 1; returns the status answered.</summary>
        public static string RemoteStart(this ChargerRig rig, string idTag) =>
            rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + idTag + "\"}").Payload.GetProperty("status").GetString();

        /// <summary>Plug in and start remotely, on any profile (with or without a card reader): connector 1 is Charging.</summary>
        public static void StartRemotely(this ChargerRig rig, string idTag, int transactionId)
        {
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Assert.Equal("Accepted", rig.RemoteStart(idTag));
            if (rig.Charger.Configuration.Find("AuthorizeRemoteTxRequests").BoolValue)
            {
                rig.ExpectAuthorize(idTag);
            }

            rig.ExpectStart(idTag, transactionId);
            rig.ExpectStatus("Charging");
        }

        /// <summary>The rebooted charger registers; returns the status each connector reports after the boot, by connector id.</summary>
        public static Dictionary<int, string> BootAndReadStatuses(this ChargerRig rig)
        {
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, rig.BootResponse("Accepted", 300));
            return rig.AnswerStatusNotifications().ToDictionary(
                f => f.Payload.GetProperty("connectorId").GetInt32(),
                f => f.Payload.GetProperty("status").GetString());
        }
    }
}
