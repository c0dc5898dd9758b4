using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// Spec 3.5.3: when the CSMS's idTagInfo for a listed tag disagrees with the local list, the charger tells the CSMS
    /// with a StatusNotification of connector 0 carrying errorCode LocalListConflict, then reports NoError again.
    /// </summary>
    public class LocalListConflictTests
    {
        [Fact]
        public void An_Authorize_answer_that_contradicts_the_list_is_reported_as_LocalListConflict_on_connector_0()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "false"));
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-C")));

            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.Reader.Present("TAG-C");
            rig.ExpectAuthorize("TAG-C", "Blocked");

            Frame conflict = rig.ExpectStatus("Available", connector: 0, errorCode: "LocalListConflict");
            Assert.Contains("TAG-C", conflict.Payload.GetProperty("info").GetString());
            rig.ExpectStatus("Available", connector: 0, errorCode: "NoError");
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void An_answer_that_agrees_with_the_list_reports_nothing()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalPreAuthorize", "false"));
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-OK")));

            rig.StartCharging("TAG-OK", 31);

            rig.ExpectSilence(5000);
        }
    }
}
