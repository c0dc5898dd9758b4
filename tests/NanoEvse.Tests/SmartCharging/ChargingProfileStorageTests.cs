using NanoEvse.SmartCharging;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.SmartCharging
{
    /// <summary>Profiles survive a restart (chargingprofiles.dat); a TxProfile ends with its transaction; a flash failure refuses the profile.</summary>
    public class ChargingProfileStorageTests
    {
        [Fact]
        public void ChargePointMax_and_TxDefault_profiles_survive_a_restart_and_a_TxProfile_does_not()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-1", 70);
            Assert.Equal("Accepted", rig.SetChargingProfile(0, rig.AbsoluteProfile(1, "ChargePointMaxProfile", 0, null, (0, 16m))));
            string daily = SmartChargingSteps.Profile(2, "TxDefaultProfile", 1, "Recurring",
                SmartChargingSteps.Schedule("W", 3600, rig.Clock.UtcNow, (0, 6900m), (600, 4140m)), ",\"recurrencyKind\":\"Daily\"");
            Assert.Equal("Accepted", rig.SetChargingProfile(1, daily));
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(3, "TxProfile", 0, null, (0, 8m))));
            string before = rig.Composite(1, 7200);
            Assert.Equal("0:8", before);

            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();

            Assert.Equal("0:10, 600:6, 3600:16", rebooted.Composite(1, 7200));
            Assert.Equal("0:16", rebooted.Composite(0, 7200));
            Assert.Equal(100, rebooted.LimitDeciAmps());
            Assert.Equal("Unknown", rebooted.ClearChargingProfile("{\"id\":3}"));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        public void A_power_cut_while_storing_leaves_the_old_profile_or_the_new_one(int cutAt)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, (0, 6m))));

            rig.Flash.ResetCounters();
            rig.Flash.CutAt = cutAt;
            rig.Flash.TornBytes = 20;
            string status = rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, (0, 10m)));
            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();

            string composite = rebooted.Composite(1, 60);
            Assert.True(composite == "0:6" || composite == "0:10", composite);
            Assert.True(status == "Rejected" || composite == "0:10", "Accepted but " + composite + " after the restart");
        }

        [Fact]
        public void A_corrupt_file_is_logged_and_the_charger_boots_without_profiles()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SetChargingProfile(1, rig.AbsoluteProfile(1, "TxDefaultProfile", 0, null, (0, 6m))));
            byte[] file = rig.Flash.Peek(ProfileStore.FileName);
            file[file.Length / 2] ^= 0xFF;
            rig.Flash.Put(ProfileStore.FileName, file);

            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();

            Assert.Equal("0:32", rebooted.Composite(1, 60));
            Assert.Contains(rebooted.Log.Lines, l => l.Contains(ProfileStore.FileName));
        }
    }
}
