using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// Power fails at every flash operation of a whole charging session (start, six minutes of charging, stop),
    /// leaving every kind of torn write; the charger then boots again over the same flash, with the same vehicle and
    /// CSMS. Whatever the cut, once the session's start was recorded the CSMS receives its StartTransaction and its
    /// StopTransaction, each once, or twice with the same facts where the cut fell between sending and recording
    /// the answer; never zero. The stop carries the transactionId of the start before it, meterStop is at least
    /// meterStart, and nothing is left for the CSMS after the boot.
    /// </summary>
    public class PowerLossTests
    {
        private const long ChargingMs = 6 * 60 * 1000;
        private readonly ITestOutputHelper _output;

        public PowerLossTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <param name="meterForgets">The meter counts from zero after the restart, as the ATM90E32 does.</param>
        [Theory]
        [InlineData("default", true)]
        [InlineData("product-a", false)]
        [InlineData("product-b", true)]
        public void Every_cut_during_a_session_still_delivers_its_StartTransaction_and_StopTransaction(string profile, bool meterForgets)
        {
            JournaledSession reference = new JournaledSession(ChargerRig.WithHardware(profile));
            reference.Rig.Flash.ResetCounters();
            reference.RunSession(ChargingMs);
            int operations = reference.Rig.Flash.Operations;
            Assert.Single(reference.Of("StartTransaction"));
            Assert.Single(reference.Of("StopTransaction"));
            Assert.Equal(0, reference.Rig.Charger.Charging.Journal.Count);

            int runs = 0;
            int duplicates = 0;
            for (int cut = 0; cut < operations; cut++)
            {
                foreach (int torn in new[] { 0, 1, 9, 30, 100000 })
                {
                    string where = profile + ", cut at operation " + cut + " of " + operations + ", " + torn + " bytes torn";
                    JournaledSession session = new JournaledSession(ChargerRig.WithHardware(profile));
                    session.Rig.Flash.ResetCounters();
                    session.Rig.Flash.CutAt = cut;
                    session.Rig.Flash.TornBytes = torn;
                    session.RunSession(ChargingMs);
                    Assert.True(session.PowerLost, where + ": the cut never happened");
                    long registerBefore = session.Rig.Evse.EnergyWh;
                    if (meterForgets)
                    {
                        session.Rig.Evse.SetEnergyRegister(0);
                    }

                    session.Reboot();
                    session.Run(3 * 60 * 1000);
                    duplicates += Check(session, reference, cut, registerBefore, meterForgets, where);
                    runs++;
                }
            }

            _output.WriteLine(profile + ": " + operations + " flash operations in the session, " + runs + " power cuts tried, "
                + duplicates + " of them made the CSMS receive a message twice");
        }

        /// <summary>Asserts what the CSMS saw over both boots; returns how many messages it received twice.</summary>
        private static int Check(JournaledSession session, JournaledSession reference, int cut, long registerBefore, bool meterForgets, string where)
        {
            List<Frame> starts = session.Of("StartTransaction").ToList();
            List<Frame> stops = session.Of("StopTransaction").ToList();
            ChargerRig rig = session.Rig;
            Assert.True(!rig.Log.Lines.Any(l => l.StartsWith("Error")), where + ": " + string.Join(" | ", rig.Log.Lines.Where(l => l.StartsWith("Error"))));
            Assert.True(rig.Charger.Charging.Journal.Count == 0, where + ": the journal still holds " + rig.Charger.Charging.Journal.Count + " transaction(s)");
            if (starts.Count == 0)
            {
                Assert.True(cut < reference.OperationsAtFirstStart, where + ": the StartTransaction sent before the cut was never sent again");
                Assert.True(stops.Count == 0, where + ": a StopTransaction without its StartTransaction");
                return 0;
            }

            Assert.True(starts.Count <= 2 && stops.Count >= 1 && stops.Count <= 2,
                where + ": " + starts.Count + " StartTransaction, " + stops.Count + " StopTransaction");
            Assert.True(starts.All(s => s.Payload.ToString() == starts[0].Payload.ToString()), where + ": the StartTransactions differ");
            Assert.True(stops.All(s => JournaledSession.Facts(s) == JournaledSession.Facts(stops[0])), where + ": the StopTransactions differ: "
                + string.Join(" / ", stops.Select(JournaledSession.Facts)));
            Assert.True(starts.Count == 1 || cut >= reference.OperationsAtFirstStart, where + ": StartTransaction sent twice though the cut came before it was sent");
            Assert.True(stops.Count == 1 || cut >= reference.OperationsAtFirstStop, where + ": StopTransaction sent twice though the cut came before it was sent");

            int lastStart = session.Calls.LastIndexOf(starts[starts.Count - 1]);
            Assert.True(session.Calls.IndexOf(stops[0]) > lastStart, where + ": a StopTransaction went out before its StartTransaction");
            int transactionId = session.GivenIds[lastStart];
            long meterStart = starts[0].Payload.GetProperty("meterStart").GetInt64();
            DateTime startTime = starts[0].Payload.GetProperty("timestamp").GetDateTime();
            foreach (Frame stop in stops)
            {
                Assert.Equal(transactionId, stop.Payload.GetProperty("transactionId").GetInt32());
                long meterStop = stop.Payload.GetProperty("meterStop").GetInt64();
                Assert.True(meterStop >= meterStart, where + ": meterStop " + meterStop + " < meterStart " + meterStart);
                Assert.True(meterForgets || meterStop <= registerBefore, where + ": meterStop " + meterStop + " beyond the meter's " + registerBefore);
                Assert.True(stop.Payload.GetProperty("timestamp").GetDateTime() >= startTime, where + ": stopped before it started");
            }

            long registerAfter = rig.Charger.Charging.Sessions[0].EnergyWh(true);
            Assert.True(registerAfter >= stops[0].Payload.GetProperty("meterStop").GetInt64(),
                where + ": the register reads " + registerAfter + " Wh after the boot, below meterStop");
            return starts.Count - 1 + stops.Count - 1;
        }
    }
}
