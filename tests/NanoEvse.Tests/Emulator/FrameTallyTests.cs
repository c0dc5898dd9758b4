using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    public class FrameTallyTests
    {
        [Fact]
        public void Calls_are_counted_by_action_and_direction()
        {
            FrameTally tally = new FrameTally();

            tally.Observe(true, "[2,\"a1\",\"BootNotification\",{}]");
            tally.Observe(false, "[3,\"a1\",{\"status\":\"Accepted\"}]");
            tally.Observe(true, "[2,\"a2\",\"StatusNotification\",{}]");
            tally.Observe(true, "[2,\"a3\",\"StatusNotification\",{}]");
            tally.Observe(false, "[ 2 , \"c1\", \"ChangeConfiguration\", {\"key\":\"AuthorizationKey\",\"value\"");

            Assert.Equal(1, tally.Sent["BootNotification"]);
            Assert.Equal(2, tally.Sent["StatusNotification"]);
            Assert.Equal(1, tally.Received["ChangeConfiguration"]);
            Assert.False(tally.Sent.ContainsKey("ChangeConfiguration"));
        }

        [Fact]
        public void Frames_that_are_not_json_are_ignored()
        {
            FrameTally tally = new FrameTally();

            tally.Observe(false, "not json");

            Assert.Empty(tally.Received);
        }
    }
}
