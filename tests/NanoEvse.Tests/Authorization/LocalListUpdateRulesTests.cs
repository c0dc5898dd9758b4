using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// What SendLocalList does to the list, as the authorization that follows shows it: Full replaces, a
    /// Differential entry without idTagInfo removes its tag, limits and malformed updates change nothing.
    /// The default profile allows 100 entries in the list and 50 in one request.
    /// </summary>
    public class LocalListUpdateRulesTests
    {
        private static string Listed(ChargerRig rig, string idTag) =>
            rig.Charger.Charging.Authorizer.Listed(idTag, rig.Clock.UtcNow)?.Status;

        private static string[] Entries(string prefix, int count) =>
            Enumerable.Range(0, count).Select(i => LocalListCalls.Entry(prefix + i)).ToArray();

        [Fact]
        public void A_full_update_replaces_the_whole_list()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A"), LocalListCalls.Entry("TAG-B")));

            Assert.Equal("Accepted", rig.SendLocalList("Full", 2, LocalListCalls.Entry("TAG-C", "Blocked")));

            Assert.Null(Listed(rig, "TAG-A"));
            Assert.Null(Listed(rig, "TAG-B"));
            Assert.Equal("Blocked", Listed(rig, "TAG-C"));
        }

        [Fact]
        public void A_differential_entry_without_idTagInfo_removes_the_tag_and_one_with_it_replaces_the_entry()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A"), LocalListCalls.Entry("TAG-B")));

            Assert.Equal("Accepted", rig.SendLocalList("Differential", 2, LocalListCalls.Entry("tag-a", null), LocalListCalls.Entry("TAG-B", "Blocked")));

            Assert.Null(Listed(rig, "TAG-A"));
            Assert.Equal("Blocked", Listed(rig, "TAG-B"));
            Assert.Equal(2, rig.GetLocalListVersion());
        }

        [Fact]
        public void Removing_every_tag_reports_version_0_and_a_later_differential_still_needs_a_newer_version()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 3, LocalListCalls.Entry("TAG-A")));
            Assert.Equal("Accepted", rig.SendLocalList("Differential", 4, LocalListCalls.Entry("TAG-A", null)));

            Assert.Equal(0, rig.GetLocalListVersion());
            Assert.Equal("VersionMismatch", rig.SendLocalList("Differential", 4, LocalListCalls.Entry("TAG-B")));
            Assert.Equal("Accepted", rig.SendLocalList("Differential", 5, LocalListCalls.Entry("TAG-B")));
            Assert.Equal(5, rig.GetLocalListVersion());
        }

        [Fact]
        public void An_update_that_would_outgrow_LocalAuthListMaxLength_fails_and_changes_nothing()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("100", rig.GetConfiguration("LocalAuthListMaxLength").Keys.Single().Value);
            Assert.Equal("Accepted", rig.SendLocalList("Full", 1, Entries("A", 50)));
            Assert.Equal("Accepted", rig.SendLocalList("Differential", 2, Entries("B", 50)));

            Assert.Equal("Failed", rig.SendLocalList("Differential", 3, LocalListCalls.Entry("C0")));

            Assert.Equal(2, rig.GetLocalListVersion());
            Assert.Null(Listed(rig, "C0"));
            Assert.Equal("Accepted", Listed(rig, "B49"));
        }

        [Fact]
        public void More_entries_than_SendLocalListMaxLength_in_one_request_is_an_OccurenceConstraintViolation()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("50", rig.GetConfiguration("SendLocalListMaxLength").Keys.Single().Value);

            Assert.Equal("OccurenceConstraintViolation", rig.SendLocalList("Full", 1, Entries("A", 51)));

            Assert.Equal(0, rig.GetLocalListVersion());
            Assert.Null(Listed(rig, "A0"));
        }

        [Fact]
        public void A_full_update_entry_without_idTagInfo_is_an_OccurenceConstraintViolation()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal("OccurenceConstraintViolation", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A", null)));
            Assert.Equal(0, rig.GetLocalListVersion());
        }

        [Theory]
        [InlineData("{\"listVersion\":1}", "OccurenceConstraintViolation")]
        [InlineData("{\"updateType\":\"Full\"}", "OccurenceConstraintViolation")]
        [InlineData("{\"listVersion\":1,\"updateType\":\"Partial\"}", "PropertyConstraintViolation")]
        [InlineData("{\"listVersion\":\"1\",\"updateType\":\"Full\"}", "TypeConstraintViolation")]
        [InlineData("{\"listVersion\":1,\"updateType\":\"Full\",\"localAuthorizationList\":{}}", "TypeConstraintViolation")]
        [InlineData("{\"listVersion\":1,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTagInfo\":{\"status\":\"Accepted\"}}]}", "OccurenceConstraintViolation")]
        [InlineData("{\"listVersion\":1,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTag\":\"123456789012345678901\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}", "PropertyConstraintViolation")]
        [InlineData("{\"listVersion\":1,\"updateType\":\"Full\",\"localAuthorizationList\":[{\"idTag\":\"A\",\"idTagInfo\":{\"status\":\"Fine\"}}]}", "PropertyConstraintViolation")]
        public void A_malformed_request_is_a_CALLERROR_and_changes_nothing(string payload, string errorCode)
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Frame answer = rig.CallCharger("SendLocalList", payload);

            Assert.Equal(errorCode, answer.ErrorCode);
            Assert.Equal(0, rig.GetLocalListVersion());
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        public void A_full_update_with_a_reserved_version_fails(int version)
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal("Failed", rig.SendLocalList("Full", version, LocalListCalls.Entry("TAG-A")));
            Assert.Null(Listed(rig, "TAG-A"));
        }

        [Fact]
        public void The_same_idTag_twice_in_one_update_fails()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal("Failed", rig.SendLocalList("Full", 1, LocalListCalls.Entry("TAG-A"), LocalListCalls.Entry("tag-a", "Blocked")));
            Assert.Equal(0, rig.GetLocalListVersion());
        }

        [Fact]
        public void The_list_and_its_version_survive_a_reboot_and_a_disabled_list_keeps_them()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 7, LocalListCalls.Entry("TAG-A", "Accepted", "GROUP-1", "2030-01-01T00:00:00Z")));
            Assert.Equal("Accepted", rig.ChangeConfiguration("LocalAuthListEnabled", "false"));
            Assert.Null(Listed(rig, "TAG-A"));

            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();
            Assert.Equal(-1, rebooted.GetLocalListVersion());
            Assert.Equal("Accepted", rebooted.ChangeConfiguration("LocalAuthListEnabled", "true"));

            Assert.Equal(7, rebooted.GetLocalListVersion());
            var info = rebooted.Charger.Charging.Authorizer.Listed("TAG-A", rebooted.Clock.UtcNow);
            Assert.Equal("GROUP-1", info.ParentIdTag);
            Assert.Equal(new System.DateTime(2030, 1, 1, 0, 0, 0, System.DateTimeKind.Utc), info.ExpiryDate);
        }

        [Fact]
        public void A_corrupt_list_file_boots_as_an_empty_list_of_version_0_and_says_so()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.SendLocalList("Full", 3, LocalListCalls.Entry("TAG-A")));
            byte[] file = rig.Flash.Peek("locallist.dat");
            file[file.Length / 2] ^= 0x55;
            rig.Flash.Put("locallist.dat", file);

            ChargerRig rebooted = rig.Reboot();
            rebooted.BootAccepted();

            Assert.Equal(0, rebooted.GetLocalListVersion());
            Assert.Null(Listed(rebooted, "TAG-A"));
            Assert.Contains(rebooted.Log.Lines, l => l.StartsWith("Error") && l.Contains("locallist.dat"));
        }
    }
}
