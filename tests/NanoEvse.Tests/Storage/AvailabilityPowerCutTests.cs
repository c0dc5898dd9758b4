using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Storage
{
    /// <summary>
    /// Power fails at every flash operation of a ChangeAvailability, with every torn write, and again at every
    /// operation of the repair the next boot makes. The connector must come back Available or Unavailable, never
    /// anything else, Unavailable whenever the change was answered Accepted, and a cut repair must end the same.
    /// </summary>
    public class AvailabilityPowerCutTests
    {
        private readonly ITestOutputHelper _output;

        public AvailabilityPowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void Every_cut_leaves_the_connector_as_it_was_or_as_asked(string profile)
        {
            ChargerRig reference = ChargerRig.WithHardware(profile);
            reference.Flash.ResetCounters();
            Assert.Equal("Accepted", reference.ChangeAvailability(1, "Inoperative"));
            int operations = reference.Flash.Operations;
            int length = reference.Flash.Peek(Availability.FileName).Length;
            int runs = 0;

            for (int cut = 0; cut < operations; cut++)
            {
                foreach (int torn in new[] { 0, 1, length / 2, length - 1, length }.Distinct())
                {
                    string where = profile + ", cut at operation " + cut + ", " + torn + " bytes torn";
                    ChargerRig rig = ChargerRig.WithHardware(profile);
                    rig.Flash.ResetCounters();
                    rig.Flash.CutAt = cut;
                    rig.Flash.TornBytes = torn;
                    string answer = rig.ChangeAvailability(1, "Inoperative");
                    Assert.True(rig.Flash.PoweredOff, where + ": the cut never happened");

                    SimulatedFlash afterCut = FlashImages.Copy(rig.Flash);
                    rig.Flash.ResetCounters();
                    string repaired = StatusAfterBoot(rig.Reboot());
                    Assert.Contains(repaired, new[] { "Available", "Unavailable" });
                    if (answer == "Accepted")
                    {
                        Assert.True(repaired == "Unavailable", where + ": answered Accepted but the next boot is " + repaired);
                    }

                    runs += 1 + RepairCuts(profile, afterCut, repaired, where);
                }
            }

            _output.WriteLine(profile + ": ChangeAvailability costs " + operations + " flash operations; " + runs + " power cuts tried");
        }

        /// <summary>Cuts power at each operation of the repair a boot makes over <paramref name="afterCut"/>; each next boot must end as <paramref name="repaired"/>.</summary>
        private static int RepairCuts(string profile, SimulatedFlash afterCut, string repaired, string where)
        {
            SimulatedFlash probe = FlashImages.Copy(afterCut);
            new ChargerRig(flash: probe, hardware: true, configure: s => s.Profile = NanoEvse.ChargePoint.Configuration.ChargerProfiles.Find(profile));
            int repairOperations = probe.Operations;
            for (int repairCut = 0; repairCut < repairOperations; repairCut++)
            {
                SimulatedFlash flash = FlashImages.Copy(afterCut);
                flash.CutAt = repairCut;
                ChargerRig cutBoot = new ChargerRig(flash: flash, hardware: true, configure: s => s.Profile = NanoEvse.ChargePoint.Configuration.ChargerProfiles.Find(profile));
                Assert.True(flash.PoweredOff, where + ", then cut at operation " + repairCut + " of the repair: the cut never happened");
                Assert.Equal(repaired, StatusAfterBoot(cutBoot.Reboot()));
            }

            return repairOperations;
        }

        private static string StatusAfterBoot(ChargerRig rig)
        {
            Dictionary<int, string> statuses = rig.BootAndReadStatuses();
            return statuses[1];
        }
    }
}
