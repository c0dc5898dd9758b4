using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Hal.Host.Evse;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>A CSMS that answers whatever the charger sends while time passes, keeping the meter values it received.</summary>
    public static class MeteringSteps
    {
        /// <summary>What the simulated EV draws at 32 A on three 230 V phases.</summary>
        public const int FullPowerW = 32 * SimulatedConnector.NominalVolts * 3;

        /// <summary>
        /// Lets <paramref name="ms"/> pass, answering every CALL at once (Heartbeat, StatusNotification, MeterValues);
        /// returns the MeterValues received, oldest first.
        /// </summary>
        public static List<MeterValuesJson> RunAnswering(this ChargerRig rig, long ms, int stepMs = 100)
        {
            List<MeterValuesJson> received = new List<MeterValuesJson>();
            long end = rig.Now + ms;
            AnswerAll(rig, received);
            while (rig.Now < end)
            {
                rig.Clock.Advance(Math.Min(stepMs, end - rig.Now));
                rig.Charger.Poll();
                AnswerAll(rig, received);
            }

            return received;
        }

        /// <summary>
        /// The import register the simulated meter shows at <paramref name="atUtc"/>: <paramref name="startWh"/> plus
        /// full power since the contactor closed, floored to whole Wh as the meter counts.
        /// </summary>
        public static long ExpectedImportWh(this ChargerRig rig, long startWh, DateTime atUtc)
        {
            long closedAtMs = rig.Evse.ContactorHistory.First(c => c.Closed).AtMs;
            long atMs = (long)(atUtc - ChargerRig.Start).TotalMilliseconds;
            return (startWh * 3_600_000 + (long)FullPowerW * Math.Max(0, atMs - closedAtMs)) / 3_600_000;
        }

        /// <summary>The UTC time of the charger's monotonic <paramref name="ms"/> (the rig's wall clock is never set apart from it).</summary>
        public static DateTime UtcAt(long ms) => ChargerRig.Start.AddMilliseconds(ms);

        private static void AnswerAll(ChargerRig rig, List<MeterValuesJson> received)
        {
            while (rig.Unread.Count > 0)
            {
                Frame call = rig.ExpectCall(rig.Unread[0].Action);
                switch (call.Action)
                {
                    case "MeterValues":
                        received.Add(MeterValueFrames.ReadMeterValues(call, rig.Now));
                        rig.Reply(call, "{}");
                        break;
                    case "Heartbeat":
                        rig.Reply(call, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
                        break;
                    case "StatusNotification":
                        rig.Reply(call, "{}");
                        break;
                    default:
                        Assert.Fail("unexpected " + call);
                        break;
                }
            }
        }
    }
}
