using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_068 and TC_069: who may stop a session with a card.</summary>
    public class TC_068_069_StopByTagTests
    {
        [Fact]
        public void TC_068_only_the_starting_tag_stops_and_it_is_compared_without_case()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 5);

            rig.Reader.Present("TAG-B");
            rig.ExpectSilence(2000);
            Assert.True(rig.Evse.ContactorCommanded);

            rig.Reader.Present("tag-a");
            rig.ExpectStop(5, "Local", "tag-a");
            rig.ExpectStatus("Finishing");
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void TC_069_a_tag_of_the_same_group_stops_after_an_Authorize()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 6, parentIdTag: "GROUP-1");

            rig.Reader.Present("TAG-B");
            rig.ExpectAuthorize("TAG-B", "Accepted", "GROUP-1");
            rig.ExpectStop(6, "Local", "TAG-B");
            rig.ExpectStatus("Finishing");
        }

        [Fact]
        public void TC_069_a_tag_of_another_group_does_not_stop()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 6, parentIdTag: "GROUP-1");

            rig.Reader.Present("TAG-C");
            rig.ExpectAuthorize("TAG-C", "Accepted", "GROUP-2");
            rig.ExpectSilence(2000);
            Assert.True(rig.Evse.ContactorCommanded);
        }
    }
}
