using System;
using Xunit;

namespace NanoEvse.Tests.Application
{
    /// <summary>The application hands the platform's SNTP result to the core, which then trusts its clock.</summary>
    public class PlatformTimeSyncTests
    {
        [Fact]
        public void A_clock_lost_at_a_power_cut_is_trusted_once_the_platform_has_synchronized_it()
        {
            AppRig rig = new AppRig(networkUp: false, clockStart: new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            rig.Network.Available = false;
            rig.Run(1000);
            Assert.False(rig.Charger.ClockTrust.IsTrusted);

            rig.Clock.SetUtc(new DateTime(2026, 12, 7, 4, 0, 0, DateTimeKind.Utc));
            rig.Run(1000);
            Assert.False(rig.Charger.ClockTrust.IsTrusted);

            rig.IsSynchronized = true;
            rig.Run(200);
            Assert.True(rig.Charger.ClockTrust.IsTrusted);
            Assert.Contains(rig.Log.Lines, l => l.Contains("clock synchronized and trusted"));
        }
    }
}
