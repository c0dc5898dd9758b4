using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// Power fails at every flash operation of a session whose CSMS is unreachable for a while in the middle of the
    /// charging, torn writes included; the charger boots again over the same flash. Whatever the cut, the CSMS gets
    /// every meter value taken before it, oldest first and each before the StopTransaction, none it was not taken,
    /// registers that never go down, and a meterStop at least every register it saw.
    /// </summary>
    public class OfflinePowerCutTests
    {
        private const long ChargingMs = 2 * 60 * 1000;
        private const long OfflineMs = 90 * 1000;
        private readonly ITestOutputHelper _output;

        public OfflinePowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Every_cut_around_an_offline_period_delivers_every_recorded_meter_value_in_order()
        {
            JournaledSession reference = new JournaledSession(ChargerRig.WithHardware("product-b"));
            reference.Rig.Flash.ResetCounters();
            reference.RunSession(ChargingMs, OfflineMs);
            int operations = reference.Rig.Flash.Operations;
            Dictionary<DateTime, string> taken = Values(reference).GroupBy(v => v.At).ToDictionary(g => g.Key, g => g.First().Register);
            Assert.True(taken.Count >= 6, taken.Count + " meter values in the reference session");

            int runs = 0;
            for (int cut = 0; cut < operations; cut++)
            {
                foreach (int torn in new[] { 0, 9, 100000 })
                {
                    string where = "cut at operation " + cut + " of " + operations + ", " + torn + " bytes torn";
                    JournaledSession session = new JournaledSession(ChargerRig.WithHardware("product-b"));
                    session.Rig.Flash.ResetCounters();
                    session.Rig.Flash.CutAt = cut;
                    session.Rig.Flash.TornBytes = torn;
                    session.RunSession(ChargingMs, OfflineMs);
                    Assert.True(session.PowerLost, where + ": the cut never happened");
                    DateTime cutUtc = session.Rig.Clock.UtcNow;
                    session.Reboot();
                    session.Run(5 * 60 * 1000);
                    Check(session, taken, cutUtc, where);
                    runs++;
                }
            }

            _output.WriteLine(operations + " flash operations in the session, " + runs + " power cuts tried");
        }

        private static void Check(JournaledSession session, Dictionary<DateTime, string> taken, DateTime cutUtc, string where)
        {
            List<(DateTime At, string Register, int Index)> values = Values(session);
            List<(DateTime At, string Register, int Index)> first = values.GroupBy(v => v.At).Select(g => g.First()).ToList();
            foreach (var value in values)
            {
                Assert.True(taken.TryGetValue(value.At, out string register) && register == value.Register, where + ": a value of " + value.At + " never taken");
            }

            Assert.True(first.Select(v => v.At).SequenceEqual(first.Select(v => v.At).OrderBy(t => t)), where + ": values out of order");
            Assert.True(first.Select(v => long.Parse(v.Register)).SequenceEqual(first.Select(v => long.Parse(v.Register)).OrderBy(r => r)), where + ": a register went down");
            foreach (DateTime at in taken.Keys.Where(t => t < cutUtc.AddMilliseconds(-300)))
            {
                Assert.True(first.Any(v => v.At == at), where + ": the value of " + at + ", taken before the cut, never reached the CSMS");
            }

            List<Frame> stops = session.Of("StopTransaction").ToList();
            if (stops.Count == 0)
            {
                Assert.Empty(values);
                return;
            }

            int firstStop = session.Calls.IndexOf(stops[0]);
            Assert.True(first.All(v => v.Index < firstStop), where + ": a MeterValues came after the StopTransaction");
            long meterStop = stops[0].Payload.GetProperty("meterStop").GetInt64();
            Assert.True(values.All(v => long.Parse(v.Register) <= meterStop), where + ": meterStop " + meterStop + " below a register the CSMS saw");
        }

        /// <summary>The MeterValues the CSMS received, as timestamp, import register and position among the calls.</summary>
        private static List<(DateTime At, string Register, int Index)> Values(JournaledSession session)
        {
            return session.Calls.Select((call, index) => (call, index)).Where(c => c.call.Action == "MeterValues").Select(c =>
            {
                JsonElement value = c.call.Payload.GetProperty("meterValue")[0];
                return (value.GetProperty("timestamp").GetDateTime(), value.GetProperty("sampledValue")[0].GetProperty("value").GetString(), c.index);
            }).ToList();
        }
    }
}
