using System.Collections.Generic;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>ChangeAvailability (spec 5.2): Scheduled during a transaction, connector 0 for the whole charger, refusals, persistence.</summary>
    public class ChangeAvailabilityRulesTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void Inoperative_during_a_transaction_is_Scheduled_and_applies_when_it_ends(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.StartRemotely("TAG-A", 41);

            Assert.Equal("Scheduled", rig.ChangeAvailability(1, "Inoperative"));
            Assert.Empty(rig.Unread);
            Assert.True(rig.Evse.ContactorCommanded);

            Assert.Equal("Accepted", rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":41}").Payload.GetProperty("status").GetString());
            rig.ExpectStop(41, "Remote");
            rig.ExpectStatus("Unavailable");
            Assert.Equal("Rejected", rig.RemoteStart("TAG-B"));
        }

        [Fact]
        public void Connector_0_Inoperative_during_a_transaction_waits_for_it_then_makes_everything_Unavailable()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartRemotely("TAG-A", 42);

            Assert.Equal("Scheduled", rig.ChangeAvailability(0, "Inoperative"));
            Assert.Empty(rig.Unread);

            rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":42}");
            rig.ExpectStop(42, "Remote");
            rig.ExpectStatus("Unavailable", 0);
            rig.ExpectStatus("Unavailable", 1);
        }

        [Fact]
        public void Connector_0_Operative_makes_every_connector_operative()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeAvailability(1, "Inoperative"));
            rig.ExpectStatus("Unavailable");

            Assert.Equal("Accepted", rig.ChangeAvailability(0, "Operative"));
            rig.ExpectStatus("Available");
            Assert.Empty(rig.Unread);
        }

        [Fact]
        public void An_unknown_connector_is_Rejected()
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal("Rejected", rig.ChangeAvailability(2, "Inoperative"));
            rig.ExpectSilence(1000);
        }

        [Theory]
        [InlineData("Operative")]
        [InlineData("Inoperative")]
        public void The_state_the_connector_is_already_in_is_Accepted_without_a_status_or_a_flash_write(string type)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            if (type == "Inoperative")
            {
                rig.ChangeAvailability(1, "Inoperative");
                rig.ExpectStatus("Unavailable");
            }

            rig.Flash.ResetCounters();
            Assert.Equal("Accepted", rig.ChangeAvailability(1, type));
            Assert.Equal(0, rig.Flash.Operations);
            rig.ExpectSilence(1000);
        }

        [Theory]
        [InlineData("{\"connectorId\":1,\"type\":\"Offline\"}", "PropertyConstraintViolation")]
        [InlineData("{\"connectorId\":-1,\"type\":\"Inoperative\"}", "PropertyConstraintViolation")]
        [InlineData("{\"connectorId\":\"1\",\"type\":\"Inoperative\"}", "TypeConstraintViolation")]
        [InlineData("{\"connectorId\":1}", "OccurenceConstraintViolation")]
        [InlineData("{\"type\":\"Inoperative\"}", "OccurenceConstraintViolation")]
        public void A_malformed_request_is_a_CALLERROR_and_changes_nothing(string payload, string errorCode)
        {
            ChargerRig rig = ChargerRig.WithHardware();

            Assert.Equal(errorCode, rig.CallCharger("ChangeAvailability", payload).ErrorCode);
            rig.ExpectSilence(1000);
            Assert.False(rig.Charger.Availability.IsInoperative(1));
        }

        [Fact]
        public void An_Unavailable_connector_takes_no_transaction_from_the_CSMS_a_card_or_a_plug()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.ChangeAvailability(1, "Inoperative");
            rig.ExpectStatus("Unavailable");

            Assert.Equal("Rejected", rig.RemoteStart("REMOTE-1"));
            rig.Reader.Present("TAG-A");
            rig.PlugInEv();
            rig.ExpectSilence(5000);
            Assert.False(rig.Evse.ContactorCommanded);
        }

        [Fact]
        public void A_tag_waiting_for_a_vehicle_is_dropped_when_the_connector_becomes_Inoperative()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.RemoteStart("REMOTE-1"));
            rig.ExpectAuthorize("REMOTE-1");
            rig.ExpectStatus("Preparing");

            rig.ChangeAvailability(1, "Inoperative");
            rig.ExpectStatus("Unavailable");
            rig.ChangeAvailability(1, "Operative");
            rig.ExpectStatus("Available");
            rig.PlugInEv();
            rig.ExpectStatus("Preparing");
            rig.ExpectSilence(5000);
        }

        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void An_Inoperative_connector_stays_Unavailable_after_a_power_cycle(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.ChangeAvailability(1, "Inoperative");
            rig.ExpectStatus("Unavailable");

            Dictionary<int, string> statuses = rig.Reboot().BootAndReadStatuses();

            Assert.Equal("Available", statuses[0]);
            Assert.Equal("Unavailable", statuses[1]);
        }

        [Fact]
        public void A_corrupt_availability_document_leaves_the_charger_operative_and_is_logged()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.ChangeAvailability(0, "Inoperative");
            byte[] file = rig.Flash.Peek(Availability.FileName);
            file[file.Length / 2] ^= 0x55;
            rig.Flash.Put(Availability.FileName, file);

            ChargerRig rebooted = rig.Reboot();
            Dictionary<int, string> statuses = rebooted.BootAndReadStatuses();

            Assert.Equal("Available", statuses[0]);
            Assert.Equal("Available", statuses[1]);
            Assert.Contains(rebooted.Log.Lines, line => line.Contains(Availability.FileName) && line.StartsWith("Error"));
        }
    }
}
