using System;
using System.Linq;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    /// <summary>
    /// The charger's wall clock is trusted when it kept a plausible time, or once the CSMS (Boot, Heartbeat) or the
    /// platform's SNTP gives one. Implausible times (before 2025, from 2100) are refused and logged, the message is
    /// still processed, and no time value crashes the charger. Timestamped messages wait for a trusted clock.
    /// </summary>
    public class ClockTrustTests
    {
        private static readonly DateTime LostRtc = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        [Theory]
        [InlineData("0001-01-01T00:00:00Z")]
        [InlineData("0001-01-01T00:00:00.000+01:00")]
        [InlineData("1970-01-01T00:00:00Z")]
        [InlineData("2024-12-31T23:59:59Z")]
        [InlineData("2100-01-01T00:00:00Z")]
        [InlineData("9999-12-31T23:59:59Z")]
        [InlineData("9999-12-31T23:59:59.9999999Z")]
        [InlineData("9999-12-31T23:59:59-01:00")]
        public void An_implausible_boot_time_is_refused_but_the_boot_still_counts(string currentTime)
        {
            ChargerRig rig = new ChargerRig(hardware: true);
            DateTime before = rig.Clock.UtcNow;
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"" + currentTime + "\",\"interval\":300}");
            rig.Run(2 * 3600 * 1000, 1000);

            Assert.InRange(rig.Clock.UtcNow, before, before.AddHours(3));
            if (rig.Charger.Registration.IsAccepted)
            {
                Assert.Contains(rig.Log.Lines, l => l.StartsWith("Warning time: refused the time"));
            }

            Assert.True(rig.Charger.ClockTrust.IsTrusted);
        }

        [Theory]
        [InlineData("0001-01-01T00:00:00Z")]
        [InlineData("1999-06-01T00:00:00Z")]
        [InlineData("9999-12-31T23:59:59Z")]
        public void An_implausible_heartbeat_time_is_refused_and_the_clock_runs_on(string currentTime)
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Frame heartbeat = rig.RunUntilCall("Heartbeat", 400_000, out _);
            DateTime before = rig.Clock.UtcNow;
            rig.Reply(heartbeat, "{\"currentTime\":\"" + currentTime + "\"}");
            rig.Run(60_000);

            Assert.Equal(before.AddMinutes(1), rig.Clock.UtcNow);
            Assert.Contains(rig.Log.Lines, l => l.StartsWith("Warning time: refused the time"));
        }

        [Fact]
        public void A_plausible_heartbeat_time_sets_the_clock()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Frame heartbeat = rig.RunUntilCall("Heartbeat", 400_000, out _);
            rig.Reply(heartbeat, "{\"currentTime\":\"2030-02-03T04:05:06Z\"}");

            Assert.Equal(new DateTime(2030, 2, 3, 4, 5, 6, DateTimeKind.Utc), rig.Clock.UtcNow);
        }

        [Fact]
        public void After_a_lost_RTC_statuses_wait_for_a_trusted_time_and_carry_the_real_time_of_their_change()
        {
            ChargerRig rig = new ChargerRig(hardware: true, clockStart: LostRtc);
            Assert.False(rig.Charger.ClockTrust.IsTrusted);
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, "{\"status\":\"Accepted\",\"currentTime\":\"9999-12-31T23:59:59Z\",\"interval\":60}");
            Assert.True(rig.Charger.Registration.IsAccepted);
            rig.PlugInEv();
            rig.Run(30_000);
            Assert.Empty(rig.Unread);

            Frame heartbeat = rig.RunUntilCall("Heartbeat", 61_000, out long heartbeatAtMs);
            DateTime real = ChargerRig.Start.AddMilliseconds(heartbeatAtMs);
            rig.Reply(heartbeat, "{\"currentTime\":\"" + ChargerRig.Iso(real) + "\"}");

            var statuses = rig.AnswerStatusNotifications();
            Frame preparing = statuses.Single(f => f.Payload.GetProperty("status").GetString() == "Preparing");
            DateTime changedAt = preparing.Payload.GetProperty("timestamp").GetDateTime().ToUniversalTime();
            Assert.InRange(changedAt, real.AddSeconds(-61), real.AddSeconds(-29));
            Assert.All(statuses, s => Assert.True(s.Payload.GetProperty("timestamp").GetDateTime().Year >= 2025, s.Text));
        }

        [Fact]
        public void The_platform_sync_trusts_a_clock_that_reads_a_plausible_time()
        {
            ChargerRig rig = new ChargerRig(hardware: true, clockStart: LostRtc);
            rig.Charger.OnTimeSynchronized();
            Assert.False(rig.Charger.ClockTrust.IsTrusted);

            rig.Clock.SetUtc(ChargerRig.Start);
            rig.Charger.OnTimeSynchronized();
            Assert.True(rig.Charger.ClockTrust.IsTrusted);
        }

        [Theory]
        [InlineData(2147483647, "86400")]
        [InlineData(90000, "86400")]
        [InlineData(600, "600")]
        public void A_boot_interval_beyond_HeartbeatInterval_range_is_clamped_and_logged(int interval, string applied)
        {
            ChargerRig rig = new ChargerRig();
            Frame boot = rig.ExpectCall("BootNotification");
            rig.Reply(boot, rig.BootResponse("Accepted", interval));
            rig.AnswerStatusNotifications();

            Assert.Equal(applied, rig.GetConfiguration("HeartbeatInterval")["HeartbeatInterval"].Value);
            Assert.Equal(applied != interval.ToString(), rig.Log.Lines.Any(l => l.Contains("outside HeartbeatInterval's range")));
        }

        [Fact]
        public void No_clock_throws_on_the_extremes_of_DateTime()
        {
            foreach (DateTime extreme in new[] { DateTime.MinValue, DateTime.MaxValue })
            {
                VirtualClock virtualClock = new VirtualClock(extreme);
                virtualClock.Advance(long.MaxValue / 20000);
                virtualClock.SetUtc(extreme);
                _ = virtualClock.UtcNow;

                long realMs = 0;
                ScaledClock scaled = new ScaledClock(1000, () => realMs, extreme);
                realMs = 1_000_000;
                _ = scaled.UtcNow;
                scaled.SetUtc(extreme);
                realMs = 2_000_000;
                _ = scaled.UtcNow;

                HostClock host = new HostClock();
                host.SetUtc(extreme);
                _ = host.UtcNow;
            }
        }
    }
}
