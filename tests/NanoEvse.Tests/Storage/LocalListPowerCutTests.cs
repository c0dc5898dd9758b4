using System.Linq;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal.Host;
using NanoEvse.LocalAuthList;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Storage
{
    /// <summary>
    /// Power fails at every flash operation of a SendLocalList, with every torn write, and again at every operation
    /// of the repair the next boot makes. The list must come back whole with its own version: the old one
    /// (version 1: TAG-A, TAG-B) or the new one (version 2: TAG-B, TAG-C), the new one whenever the update was
    /// answered Accepted, and a cut repair must end the same.
    /// </summary>
    public class LocalListPowerCutTests
    {
        private const string Old = "1:TAG-A,TAG-B";
        private const string New = "2:TAG-B,TAG-C";
        private readonly ITestOutputHelper _output;

        public LocalListPowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Every_cut_leaves_the_old_list_or_the_new_one_with_its_version()
        {
            ChargerRig reference = ListedCharger();
            reference.Flash.ResetCounters();
            Assert.Equal("Accepted", Update(reference));
            Assert.Equal(New, State(reference));
            int operations = reference.Flash.Operations;
            int length = reference.Flash.Peek(LocalListDocument.FileName).Length;
            int runs = 0;

            for (int cut = 0; cut < operations; cut++)
            {
                foreach (int torn in new[] { 0, 1, length / 2, length - 1, length }.Distinct())
                {
                    string where = "cut at operation " + cut + ", " + torn + " bytes torn";
                    ChargerRig rig = ListedCharger();
                    rig.Flash.ResetCounters();
                    rig.Flash.CutAt = cut;
                    rig.Flash.TornBytes = torn;
                    string answer = Update(rig);
                    Assert.True(rig.Flash.PoweredOff, where + ": the cut never happened");

                    SimulatedFlash afterCut = FlashImages.Copy(rig.Flash);
                    string repaired = State(Boot(FlashImages.Copy(afterCut)));
                    Assert.Contains(repaired, new[] { Old, New });
                    if (answer == "Accepted")
                    {
                        Assert.True(repaired == New, where + ": answered Accepted but the next boot has " + repaired);
                    }

                    runs += 1 + RepairCuts(afterCut, repaired, where);
                }
            }

            _output.WriteLine("SendLocalList costs " + operations + " flash operations; " + runs + " power cuts tried");
        }

        /// <summary>Cuts power at each operation of the repair a boot makes over <paramref name="afterCut"/>; each next boot must find <paramref name="repaired"/>.</summary>
        private static int RepairCuts(SimulatedFlash afterCut, string repaired, string where)
        {
            SimulatedFlash probe = FlashImages.Copy(afterCut);
            probe.ResetCounters();
            Boot(probe);
            int repairOperations = probe.Operations;
            for (int repairCut = 0; repairCut < repairOperations; repairCut++)
            {
                SimulatedFlash flash = FlashImages.Copy(afterCut);
                flash.CutAt = repairCut;
                Boot(flash);
                Assert.True(flash.PoweredOff, where + ", then cut at operation " + repairCut + " of the repair: the cut never happened");
                flash.PowerOn();
                Assert.Equal(repaired, State(Boot(flash)));
            }

            return repairOperations;
        }

        private static ChargerRig ListedCharger()
        {
            ChargerRig rig = ConfigurationCalls.Booted("default");
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A"), LocalListCalls.Entry("TAG-B")));
            return rig;
        }

        private static string Update(ChargerRig rig) =>
            rig.SendLocalList("Differential", 2, LocalListCalls.Entry("TAG-A", null), LocalListCalls.Entry("TAG-C"));

        private static ChargerRig Boot(SimulatedFlash flash) =>
            new ChargerRig(flash: flash, configure: s => s.Profile = ChargerProfiles.Default());

        /// <summary>"version:tags" as the list holds them.</summary>
        private static string State(ChargerRig rig)
        {
            LocalList list = rig.Charger.Modules.OfType<LocalAuthListModule>().Single().List;
            string[] tags = new[] { "TAG-A", "TAG-B", "TAG-C" }.Where(t => list.Find(t, rig.Clock.UtcNow) != null).ToArray();
            Assert.Equal(tags.Length, list.Count);
            return list.ReportedVersion + ":" + string.Join(",", tags);
        }
    }
}
