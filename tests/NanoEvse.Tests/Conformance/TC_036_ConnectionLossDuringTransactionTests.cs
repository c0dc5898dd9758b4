using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_036: the connection is lost during a transaction for more than three sample intervals. After the
    /// reconnect the charger sends every MeterValues taken offline, oldest first, before any new one, and their
    /// timestamps are spaced exactly by MeterValueSampleInterval.
    /// </summary>
    public class TC_036_ConnectionLossDuringTransactionTests
    {
        [Theory]
        [MemberData(nameof(AvailabilitySteps.Profiles), MemberType = typeof(AvailabilitySteps))]
        public void TC_036_meter_values_taken_offline_are_sent_in_order_before_new_ones(string profile)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            int interval = rig.Charger.Configuration.Find("MeterValueSampleInterval").IntValue;
            rig.StartChargingRemotely("TAG-36", 36);
            DateTime start = rig.Clock.UtcNow;
            Assert.Single(rig.RunAnswering(interval * 1000L + 500));

            rig.Link.OpenOnConnect = false;
            rig.Link.Fail("CSMS unreachable");
            rig.Run(3 * interval * 1000L + 500);
            Assert.Empty(rig.Unread);
            DateTime lost = rig.Clock.UtcNow;
            rig.Link.OpenOnConnect = true;
            List<MeterValuesJson> after = rig.RunAnswering(6 * 60 * 1000);

            List<DateTime> stamps = after.Select(m => m.Value.Timestamp).ToList();
            Assert.Equal(Enumerable.Range(2, stamps.Count).Select(i => start.AddSeconds(interval * i)), stamps);
            Assert.True(stamps.Count(s => s < lost) >= 3, stamps.Count(s => s < lost) + " values taken offline");
            DateTime firstNew = stamps.First(s => s > lost);
            Assert.True(after.First(m => m.Value.Timestamp == firstNew).ReceivedAtMs > after.Last(m => m.Value.Timestamp < lost).ReceivedAtMs);
            Assert.All(after, m => Assert.Equal(36, m.TransactionId));
            Assert.All(after, m => Assert.Equal("Sample.Periodic", m.Value.Context));
        }
    }
}
