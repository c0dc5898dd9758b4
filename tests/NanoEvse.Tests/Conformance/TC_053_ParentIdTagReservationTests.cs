using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>TC_053: a reservation with a parentIdTag takes any tag of that group, once an Authorize.conf names the group.</summary>
    public class TC_053_ParentIdTagReservationTests
    {
        [Fact]
        public void TC_053_a_tag_of_the_reserved_group_starts_with_the_reservationId()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 91, parentIdTag: "GROUP-1"));
            rig.ExpectStatus("Reserved");
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-G");
            rig.ExpectAuthorize("TAG-G", "Accepted", "GROUP-1");
            Frame start = rig.ExpectStart("TAG-G", 95, "Accepted", "GROUP-1");
            ReservationSteps.AssertReservation(start, 91);
            rig.ExpectStatus("Charging");
        }

        [Fact]
        public void TC_053_a_tag_of_another_group_is_refused_after_its_Authorize()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ReserveNow(1, "TAG-R", 92, parentIdTag: "GROUP-1"));
            rig.ExpectStatus("Reserved");
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");

            rig.Reader.Present("TAG-H");
            rig.ExpectAuthorize("TAG-H", "Accepted", "GROUP-2");
            rig.ExpectSilence(2000);
            Assert.False(rig.Evse.ContactorCommanded);

            // The cache now knows TAG-H's group: no second Authorize.
            rig.Reader.Present("TAG-H");
            rig.ExpectSilence(2000);
        }
    }
}
