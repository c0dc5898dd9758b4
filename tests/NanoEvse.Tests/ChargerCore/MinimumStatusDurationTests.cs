using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    /// <summary>
    /// MinimumStatusDuration (errata 3.19): a connector status is reported only once it has held that long, and a
    /// status that did not last is never sent; 0 reports at once.
    /// </summary>
    public class MinimumStatusDurationTests
    {
        private static ChargerRig WithMinimum(string seconds, string profile = "default")
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MinimumStatusDuration", seconds));
            return rig;
        }

        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void A_status_is_reported_once_it_has_held_MinimumStatusDuration(string profile)
        {
            ChargerRig rig = WithMinimum("5", profile);

            string pluggedAt = ChargerRig.Iso(rig.Clock.UtcNow);
            rig.PlugInEv();
            rig.ExpectSilence(4800);
            rig.Run(300);

            Frame preparing = rig.ExpectStatus("Preparing");
            Assert.Equal(pluggedAt, preparing.Payload.GetProperty("timestamp").GetString());
        }

        [Fact]
        public void A_status_that_does_not_last_is_never_sent()
        {
            ChargerRig rig = WithMinimum("5");

            rig.PlugInEv();
            rig.Run(3000);
            rig.UnplugFully();

            rig.ExpectSilence(30000);
        }

        [Fact]
        public void Only_the_status_that_held_is_sent()
        {
            ChargerRig rig = WithMinimum("5");
            rig.PlugInEv();
            rig.Run(5100);
            rig.ExpectStatus("Preparing");

            rig.UnplugFully();
            rig.Run(2000);
            rig.PlugInEv();
            rig.Run(2000);
            rig.UnplugFully();
            rig.ExpectSilence(4000);
            rig.Run(1100);

            rig.ExpectStatus("Available");
            rig.ExpectSilence(30000);
        }

        [Fact]
        public void Zero_reports_at_once()
        {
            ChargerRig rig = WithMinimum("0");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.UnplugFully();
            rig.ExpectStatus("Available");
        }

        [Fact]
        public void A_status_that_held_while_offline_is_reported_at_once_on_reconnect()
        {
            ChargerRig rig = WithMinimum("5");
            rig.GoOffline();
            rig.PlugInEv();
            rig.Run(6000);

            rig.Reconnect();

            rig.ExpectStatus("Preparing");
        }
    }
}
