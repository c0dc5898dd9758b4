using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>The CSMS's side of Firmware Management: UpdateFirmware, GetDiagnostics and the status notifications they bring.</summary>
    public static class FirmwareSteps
    {
        public static Frame UpdateFirmware(this ChargerRig rig, string location, DateTime retrieveUtc, int? retries = null, int? retryInterval = null)
        {
            string payload = "{\"location\":\"" + location + "\",\"retrieveDate\":\"" + ChargerRig.Iso(retrieveUtc) + "\""
                + (retries == null ? string.Empty : ",\"retries\":" + retries.Value.ToString(CultureInfo.InvariantCulture))
                + (retryInterval == null ? string.Empty : ",\"retryInterval\":" + retryInterval.Value.ToString(CultureInfo.InvariantCulture)) + "}";
            return rig.CallCharger("UpdateFirmware", payload);
        }

        public static Frame GetDiagnostics(this ChargerRig rig, string location, int? retries = null, int? retryInterval = null, string extra = "")
        {
            string payload = "{\"location\":\"" + location + "\""
                + (retries == null ? string.Empty : ",\"retries\":" + retries.Value.ToString(CultureInfo.InvariantCulture))
                + (retryInterval == null ? string.Empty : ",\"retryInterval\":" + retryInterval.Value.ToString(CultureInfo.InvariantCulture)) + extra + "}";
            return rig.CallCharger("GetDiagnostics", payload);
        }

        /// <summary>The next FirmwareStatusNotification within a simulated minute: its status must be <paramref name="status"/>; answered.</summary>
        public static Frame ExpectFirmwareStatus(this ChargerRig rig, string status, long withinMs = 60_000)
        {
            return ExpectStatusCall(rig, "FirmwareStatusNotification", status, withinMs);
        }

        public static Frame ExpectDiagnosticsStatus(this ChargerRig rig, string status, long withinMs = 60_000)
        {
            return ExpectStatusCall(rig, "DiagnosticsStatusNotification", status, withinMs);
        }

        /// <summary>Heartbeats that fall due meanwhile are answered: long waits for a transfer span heartbeat intervals.</summary>
        private static Frame ExpectStatusCall(ChargerRig rig, string action, string status, long withinMs)
        {
            long end = rig.Now + withinMs;
            while (true)
            {
                Frame next = rig.Unread.FirstOrDefault(f => f.Type == 2);
                if (next != null && next.Action == "Heartbeat")
                {
                    rig.TakeCall(next);
                    rig.Reply(next, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
                    continue;
                }

                if (next != null)
                {
                    Frame call = rig.ExpectCall(action);
                    Assert.Equal(status, call.Payload.GetProperty("status").GetString());
                    rig.Reply(call, "{}");
                    return call;
                }

                Assert.True(rig.Now < end, "no " + action + " within " + withinMs + " ms");
                rig.Run(100, 100);
            }
        }
    }
}
