using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>The sample and clock-aligned intervals: 0 means none, and a change takes effect without a reboot.</summary>
    public class MeterValueIntervalTests
    {
        [Fact]
        public void No_meter_values_while_both_intervals_are_0()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            rig.StartCharging("TAG-A", 1);

            Assert.Empty(rig.RunAnswering(900_000));
            Assert.True(rig.Evse.EnergyWh > 5000);
        }

        [Fact]
        public void A_new_sample_interval_applies_to_the_running_transaction_on_the_grid_of_its_start()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 2);
            DateTime start = rig.Clock.UtcNow;
            Assert.Single(rig.RunAnswering(70_000));

            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "15"));
            List<MeterValuesJson> after = rig.RunAnswering(40_000);

            Assert.Equal(new[] { start.AddSeconds(75), start.AddSeconds(90), start.AddSeconds(105) }, after.Select(m => m.Value.Timestamp));
            Assert.All(after, m => Assert.Equal(2, m.TransactionId));

            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            Assert.Empty(rig.RunAnswering(300_000));
        }

        [Fact]
        public void Clock_aligned_values_start_and_stop_with_the_key_and_carry_no_transactionId_when_idle()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.Run(12_345 - rig.Now % 100);
            Assert.Empty(rig.RunAnswering(300_000));

            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "30"));
            List<MeterValuesJson> idle = rig.RunAnswering(61_000);

            DateTime firstBoundary = new DateTime(2026, 11, 21, 9, 5, 30, DateTimeKind.Utc);
            Assert.Equal(new[] { firstBoundary, firstBoundary.AddSeconds(30) }, idle.Select(m => m.Value.Timestamp));
            Assert.All(idle, m => Assert.Null(m.TransactionId));
            Assert.All(idle, m => Assert.Equal("Sample.Clock", m.Value.Of("Energy.Active.Import.Register").Context));

            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "0"));
            Assert.Empty(rig.RunAnswering(120_000));
        }

        [Fact]
        public void Clock_aligned_values_carry_the_transaction_running_at_the_boundary()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "60"));
            rig.Run(1000);
            rig.StartCharging("TAG-A", 9);
            List<MeterValuesJson> charging = rig.RunAnswering(120_000);
            rig.Reader.Present("TAG-A");
            rig.ExpectStop(9, "Local", "TAG-A");
            rig.ExpectStatus("Finishing");
            List<MeterValuesJson> after = rig.RunAnswering(60_000);

            Assert.Equal(2, charging.Count);
            Assert.All(charging, m => Assert.Equal(9, m.TransactionId));
            MeterValuesJson idle = Assert.Single(after);
            Assert.Null(idle.TransactionId);
            long[] registers = charging.Concat(after).Select(m => long.Parse(m.Value.Of("Energy.Active.Import.Register").Value)).ToArray();
            Assert.Equal(registers.OrderBy(r => r), registers);
        }
    }
}
