using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_071: with MeterValueSampleInterval = 0 (the TCD's precondition, so no Sample.Periodic value interleaves) and
    /// ClockAlignedDataInterval set, MeterValues come at every interval boundary counted from midnight UTC (for 20 s:
    /// :00, :20, :40), stamped with the boundary, context Sample.Clock, the MeterValuesAlignedData measurands, and the
    /// running transaction's id; checked over three intervals.
    /// </summary>
    public class TC_071_ClockAlignedMeterValuesTests
    {
        private const long MeterStartWh = 500_000;

        /// <summary>
        /// Checked on the import register, which a charging EV moves. product-a ships with the export register as
        /// MeterValuesAlignedData (see the test below), so it is configured to the import register first.
        /// </summary>
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_071_clock_aligned_meter_values_on_the_interval_boundaries(string profile)
        {
            List<MeterValueJson> aligned = ChargeOverThreeBoundaries(profile, "Energy.Active.Import.Register", out ChargerRig rig);

            long previous = MeterStartWh;
            foreach (MeterValueJson value in aligned)
            {
                SampledValueJson sampled = Assert.Single(value.SampledValues);
                Assert.Equal("Energy.Active.Import.Register", sampled.Measurand);
                long register = long.Parse(sampled.Value);
                Assert.Equal(rig.ExpectedImportWh(MeterStartWh, value.Timestamp), register);
                Assert.True(register > previous, "the register moves between boundaries");
                previous = register;
            }
        }

        /// <summary>
        /// product-a as certified aligns Energy.Active.Export.Register. A charging EV never exports, so OCTT sees that
        /// register stand still (0 on this meter) at every boundary; TC_071 checks the timestamps, the context and the
        /// measurand, which is how the product passed. The test pins that the export register is what is sent.
        /// </summary>
        [Fact]
        public void TC_071_product_a_aligns_its_export_register_which_stays_put_while_the_EV_charges()
        {
            List<MeterValueJson> aligned = ChargeOverThreeBoundaries("product-a", null, out ChargerRig rig);

            foreach (MeterValueJson value in aligned)
            {
                SampledValueJson sampled = Assert.Single(value.SampledValues);
                Assert.Equal("Energy.Active.Export.Register", sampled.Measurand);
                Assert.Equal("0", sampled.Value);
            }

            Assert.True(rig.Evse.EnergyWh > MeterStartWh, "the EV did charge meanwhile");
        }

        /// <summary>
        /// The TC_071 preconditions (<paramref name="measurand"/>, when not null, as MeterValuesAlignedData), a
        /// transaction, then a minute of charging; returns the three aligned values, each checked for what every one
        /// must carry. No other MeterValues may come.
        /// </summary>
        private static List<MeterValueJson> ChargeOverThreeBoundaries(string profile, string measurand, out ChargerRig rig)
        {
            rig = ChargerRig.WithHardware(profile);
            rig.Run(7300);
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValueSampleInterval", "0"));
            if (measurand != null)
            {
                Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValuesAlignedData", measurand));
            }

            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "20"));
            rig.Evse.SetEnergyRegister(MeterStartWh);
            rig.StartChargingRemotely("TAG-71", 71);

            List<MeterValuesJson> received = rig.RunAnswering(61000);

            Assert.All(received, m =>
            {
                Assert.Equal(1, m.ConnectorId);
                Assert.Equal(71, m.TransactionId);
                Assert.Equal("Sample.Clock", m.Value.Context);
            });
            List<MeterValueJson> aligned = received.Select(m => m.Value).ToList();
            DateTime minute = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);
            Assert.Equal(new[] { minute.AddSeconds(20), minute.AddSeconds(40), minute.AddSeconds(60) }, aligned.Select(v => v.Timestamp));
            foreach (MeterValueJson value in aligned)
            {
                SampledValueJson sampled = Assert.Single(value.SampledValues);
                Assert.Equal("Sample.Clock", sampled.Context);
                Assert.Equal("Wh", sampled.Unit);
                Assert.Equal("Outlet", sampled.Location);
            }

            return aligned;
        }
    }
}
