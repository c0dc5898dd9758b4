using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_003 and TC_004: a regular charging session, plug-in first or identification first.</summary>
    public class TC_003_004_RegularSessionTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_003_plug_then_swipe_starts_charging(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            Assert.False(rig.Evse.ContactorCommanded);
            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStart("TAG-A", 41);
            rig.ExpectStatus("Charging");

            Assert.True(rig.Evse.ContactorCommanded);
            Assert.Equal(320, rig.Evse.OfferedDeciAmps);
            rig.Run(60000);
            Assert.True(rig.Evse.EnergyWh > 0);
        }

        /// <summary>
        /// The session TC_003 begins, carried to its end as a CSMS sees it: the same tag ends it with StopTransaction
        /// reason Local (Finishing may come before or after it, as the TCD allows), and the vehicle leaving brings the
        /// connector back to Available. product-a has no card reader, so TC_003 does not apply to it.
        /// </summary>
        [Theory]
        [InlineData("default")]
        [InlineData("product-b")]
        public void TC_003_the_whole_session_ends_Local_then_Finishing_then_Available(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.QuietHeartbeats();
            rig.Evse.SetEnergyRegister(10_000);
            rig.StartCharging("TAG-A", 43);
            rig.RunAnswering(60500);

            rig.Reader.Present("TAG-A");
            rig.Poll();
            Assert.NotEmpty(rig.Unread);
            Frame first = rig.ExpectCall(rig.Unread[0].Action);
            Frame stop;
            if (first.Action == "StatusNotification")
            {
                Assert.Equal("Finishing", first.Payload.GetProperty("status").GetString());
                rig.Reply(first, "{}");
                stop = rig.ExpectStop(43, "Local", "TAG-A");
            }
            else
            {
                Assert.Equal("StopTransaction", first.Action);
                rig.Reply(first, "{}");
                stop = first;
                rig.ExpectStatus("Finishing");
            }

            Assert.Equal(43, stop.Payload.GetProperty("transactionId").GetInt32());
            Assert.Equal("Local", stop.Payload.GetProperty("reason").GetString());
            Assert.Equal("TAG-A", stop.Payload.GetProperty("idTag").GetString());
            Assert.True(stop.Payload.GetProperty("meterStop").GetInt64() > 10_000);
            Assert.False(rig.Evse.ContactorCommanded);

            rig.UnplugFully();
            rig.ExpectStatus("Available");
            rig.ExpectSilence(5000);
        }

        [Fact]
        public void TC_004_1_swipe_then_plug_starts_charging()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStatus("Preparing");
            rig.PlugInEv();
            rig.ExpectStart("TAG-A", 7);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_004_2_swipe_without_plug_goes_back_to_Available_after_ConnectionTimeOut()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("ConnectionTimeOut", "30"));

            rig.Reader.Present("TAG-A");
            rig.ExpectAuthorize("TAG-A");
            rig.ExpectStatus("Preparing");
            rig.Run(29000);
            Assert.Empty(rig.Unread);
            rig.Run(1500);
            rig.ExpectStatus("Available");

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.ExpectSilence(5000);
        }
    }
}
