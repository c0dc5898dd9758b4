using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.SmartCharging
{
    /// <summary>
    /// For random sets of profiles (purposes, kinds, stack levels, recurrence, validity, units, phases; seeded), the
    /// GetCompositeSchedule answer equals a brute-force evaluation of the profiles, second by second, over the whole
    /// duration asked for. The brute force is written here from the spec's rules, apart from the firmware's code.
    /// </summary>
    public class CompositeSchedulePropertyTests
    {
        private const long CeilingDeciAmps = 320;
        private const long Volts = 230;

        private sealed class Period
        {
            public int Start;
            public decimal Limit;
            public int? Phases;
        }

        private sealed class Profile
        {
            public int Id;
            public int Connector;
            public int Stack;
            public string Purpose;
            public string Kind;
            public string Recurrency;
            public long? ValidFrom;
            public long? ValidTo;
            public int? Duration;
            public long? StartSchedule;
            public string Unit;
            public Period[] Periods;
        }

        [Theory]
        [InlineData(false, 1)]
        [InlineData(false, 2)]
        [InlineData(true, 3)]
        [InlineData(true, 4)]
        [InlineData(false, 5)]
        [InlineData(true, 6)]
        [InlineData(false, 7)]
        [InlineData(true, 8)]
        public void The_composite_equals_a_second_by_second_evaluation(bool charging, int seed)
        {
            Random random = new Random(seed);
            ChargerRig rig = ChargerRig.WithHardware();
            long? txStart = null;
            if (charging)
            {
                rig.StartCharging("TAG-1", 100 + seed);
                txStart = Seconds(rig.Charger.Charging.Find(1).Transaction.StartUtc);
            }

            for (int round = 0; round < 30; round++)
            {
                Assert.NotNull(rig.ClearChargingProfile("{}"));
                long now = Seconds(rig.Clock.UtcNow);
                List<Profile> profiles = RandomProfiles(random, now, charging);
                foreach (Profile p in profiles)
                {
                    Assert.Equal("Accepted", rig.SetChargingProfile(p.Connector, Json(p)));
                }

                rig.Run(random.Next(0, 600) * 1000L);
                int connectorId = random.Next(4) == 0 ? 0 : 1;
                int duration = new[] { random.Next(1, 600), random.Next(1, 7200), random.Next(1, 90000) }[random.Next(3)];
                string unit = new[] { "A", "W", null }[random.Next(3)];

                Frame answer = rig.GetCompositeSchedule(connectorId, duration, unit);

                JsonElement schedule = answer.Payload.GetProperty("chargingSchedule");
                long t0 = Seconds(answer.Payload.GetProperty("scheduleStart").GetDateTime().ToUniversalTime());
                Assert.Equal(Seconds(rig.Clock.UtcNow), t0);
                string expectedUnit = unit ?? (profiles.Count > 0 && profiles.All(p => p.Unit == "W") ? "W" : "A");
                Assert.Equal(expectedUnit, schedule.GetProperty("chargingRateUnit").GetString());
                // Relative schedules start with the connector's transaction; connector 0 has none, so they start now.
                long anchor = connectorId > 0 && txStart.HasValue ? txStart.Value : t0;
                string expected = BruteForce(profiles, connectorId, t0, duration, expectedUnit, anchor, charging);
                Assert.True(expected == SmartChargingSteps.Periods(schedule),
                    "seed " + seed + " round " + round + ": expected " + expected + "\nbut got " + SmartChargingSteps.Periods(schedule)
                    + "\nprofiles: " + string.Join("\n", profiles.Select(Json)));

                // The sessions' limit is the same composite now, in 0.1 A, without the hardware ceiling they apply themselves.
                long limitNow = (long)(LimitAt(profiles, 1, t0, "A", txStart ?? t0, charging, int.MaxValue / 10m) * 10);
                Assert.Equal(limitNow, rig.LimitDeciAmps(1));
            }
        }

        private static string BruteForce(List<Profile> profiles, int connectorId, long t0, int duration, string unit, long anchor, bool charging)
        {
            List<string> periods = new List<string>();
            decimal? last = null;
            for (long s = 0; s < duration; s++)
            {
                decimal limit = LimitAt(profiles, connectorId, t0 + s, unit, anchor, charging, Convert(CeilingDeciAmps / 10m, "A", unit, 3));
                if (limit != last)
                {
                    periods.Add(s + ":" + limit.ToString("0.#", CultureInfo.InvariantCulture));
                    last = limit;
                }
            }

            return string.Join(", ", periods);
        }

        /// <summary>The ChargePointMaxProfile under <paramref name="ceiling"/>, and on a connector its TxProfile, else its TxDefaultProfile, else connector 0's.</summary>
        private static decimal LimitAt(List<Profile> profiles, int connectorId, long t, string unit, long anchor, bool charging, decimal ceiling)
        {
            decimal limit = ceiling;
            decimal? cp = Winner(profiles, "ChargePointMaxProfile", 0, t, anchor, unit);
            limit = cp.HasValue ? Math.Min(limit, cp.Value) : limit;
            if (connectorId > 0)
            {
                decimal? tx = charging && profiles.Any(p => p.Purpose == "TxProfile")
                    ? Winner(profiles, "TxProfile", connectorId, t, anchor, unit)
                    : Winner(profiles, "TxDefaultProfile", connectorId, t, anchor, unit) ?? Winner(profiles, "TxDefaultProfile", 0, t, anchor, unit);
                limit = tx.HasValue ? Math.Min(limit, tx.Value) : limit;
            }

            return limit;
        }

        /// <summary>The limit of the highest stack level of a purpose in force at <paramref name="t"/>, in <paramref name="unit"/>; null when none is.</summary>
        private static decimal? Winner(List<Profile> profiles, string purpose, int connectorId, long t, long anchor, string unit)
        {
            Profile best = null;
            long bestStart = 0;
            foreach (Profile p in profiles.Where(p => p.Purpose == purpose && p.Connector == connectorId))
            {
                if ((p.ValidFrom.HasValue && t < p.ValidFrom) || (p.ValidTo.HasValue && t >= p.ValidTo))
                {
                    continue;
                }

                long start = p.Kind == "Relative" ? anchor : p.StartSchedule.Value;
                if (t < start)
                {
                    continue;
                }

                if (p.Kind == "Recurring")
                {
                    long cycle = p.Recurrency == "Daily" ? 86400 : 604800;
                    start += (long)Math.Floor((t - start) / (double)cycle) * cycle;
                }

                if (p.Duration.HasValue && t - start >= p.Duration)
                {
                    continue;
                }

                if (best == null || p.Stack > best.Stack)
                {
                    best = p;
                    bestStart = start;
                }
            }

            if (best == null)
            {
                return null;
            }

            Period period = best.Periods.Last(x => x.Start <= t - bestStart);
            return Convert(period.Limit, best.Unit, unit, period.Phases ?? 3);
        }

        /// <summary>A limit in the other unit at 230 V per phase; amps rounded down to 0.1 A.</summary>
        private static decimal Convert(decimal limit, string from, string to, int phases)
        {
            if (from == to)
            {
                return limit;
            }

            return from == "A" ? limit * Volts * phases : Math.Floor(limit * 10 / (Volts * phases)) / 10;
        }

        private static List<Profile> RandomProfiles(Random random, long now, bool charging)
        {
            List<Profile> profiles = new List<Profile>();
            HashSet<string> slots = new HashSet<string>();
            int count = random.Next(1, 6);
            for (int id = 1; profiles.Count < count; id++)
            {
                string purpose = new[] { "ChargePointMaxProfile", "TxDefaultProfile", "TxDefaultProfile", "TxProfile" }[random.Next(charging ? 4 : 3)];
                int connector = purpose == "ChargePointMaxProfile" ? 0 : purpose == "TxProfile" ? 1 : random.Next(2);
                int stack = random.Next(4);
                if (!slots.Add(purpose + connector + "/" + stack))
                {
                    continue;
                }

                Profile p = new Profile { Id = id, Connector = connector, Stack = stack, Purpose = purpose };
                p.Kind = new[] { "Absolute", "Relative", "Recurring" }[random.Next(3)];
                if (p.Kind == "Recurring")
                {
                    p.Recurrency = random.Next(2) == 0 ? "Daily" : "Weekly";
                    p.StartSchedule = now - random.Next(-3600, 8 * 86400);
                }
                else if (p.Kind == "Absolute")
                {
                    p.StartSchedule = now + random.Next(-3600, 3600);
                }

                p.Duration = random.Next(2) == 0 ? null : random.Next(1, p.Kind == "Recurring" ? 100000 : 7200);
                p.ValidFrom = random.Next(4) == 0 ? now + random.Next(-3600, 3600) : null;
                p.ValidTo = random.Next(4) == 0 ? (p.ValidFrom ?? now) + random.Next(1, 7200) : null;
                p.Unit = random.Next(2) == 0 ? "A" : "W";
                int start = 0;
                p.Periods = new Period[random.Next(1, 5)];
                for (int i = 0; i < p.Periods.Length; i++)
                {
                    p.Periods[i] = new Period
                    {
                        Start = start,
                        Limit = (p.Unit == "A" ? random.Next(0, 400) : random.Next(0, 300000)) / 10m,
                        Phases = random.Next(2) == 0 ? null : random.Next(1, 4),
                    };
                    start += random.Next(1, 3600);
                }

                profiles.Add(p);
            }

            return profiles;
        }

        private static string Json(Profile p)
        {
            string periods = string.Join(",", p.Periods.Select(x => "{\"startPeriod\":" + x.Start + ",\"limit\":" + x.Limit.ToString("0.0", CultureInfo.InvariantCulture)
                + (x.Phases.HasValue ? ",\"numberPhases\":" + x.Phases : "") + "}"));
            string schedule = "{" + (p.Duration.HasValue ? "\"duration\":" + p.Duration + "," : "")
                + (p.StartSchedule.HasValue ? "\"startSchedule\":\"" + Iso(p.StartSchedule.Value) + "\"," : "")
                + "\"chargingRateUnit\":\"" + p.Unit + "\",\"chargingSchedulePeriod\":[" + periods + "]}";
            string extra = (p.Recurrency == null ? "" : ",\"recurrencyKind\":\"" + p.Recurrency + "\"")
                + (p.ValidFrom.HasValue ? ",\"validFrom\":\"" + Iso(p.ValidFrom.Value) + "\"" : "")
                + (p.ValidTo.HasValue ? ",\"validTo\":\"" + Iso(p.ValidTo.Value) + "\"" : "");
            return SmartChargingSteps.Profile(p.Id, p.Purpose, p.Stack, p.Kind, schedule, extra);
        }

        private static long Seconds(DateTime utc) => utc.Ticks / TimeSpan.TicksPerSecond;

        private static string Iso(long seconds) => ChargerRig.Iso(new DateTime(seconds * TimeSpan.TicksPerSecond, DateTimeKind.Utc));
    }
}
