using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_071: with ClockAlignedDataInterval set, MeterValues at every interval boundary counted from midnight UTC
    /// (for 20 s: :00, :20, :40), stamped with the boundary, context Sample.Clock, the MeterValuesAlignedData
    /// measurands, and the running transaction's id; checked over three intervals.
    /// </summary>
    public class TC_071_ClockAlignedMeterValuesTests
    {
        private const long MeterStartWh = 500_000;

        [Theory]
        [InlineData("default", "Energy.Active.Import.Register")]
        [InlineData("product-a", "Energy.Active.Export.Register")]
        [InlineData("product-b", "Energy.Active.Import.Register")]
        public void TC_071_clock_aligned_meter_values_on_the_interval_boundaries(string profile, string measurand)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            rig.Run(7300);
            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "20"));
            rig.Evse.SetEnergyRegister(MeterStartWh);
            rig.StartChargingRemotely("TAG-71", 71);

            List<MeterValueJson> aligned = rig.RunAnswering(61000)
                .Where(m => m.Value.Context == "Sample.Clock")
                .Select(m =>
                {
                    Assert.Equal(1, m.ConnectorId);
                    Assert.Equal(71, m.TransactionId);
                    return m.Value;
                })
                .ToList();

            DateTime minute = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);
            Assert.Equal(new[] { minute.AddSeconds(20), minute.AddSeconds(40), minute.AddSeconds(60) }, aligned.Select(v => v.Timestamp));
            foreach (MeterValueJson value in aligned)
            {
                SampledValueJson sampled = Assert.Single(value.SampledValues);
                Assert.Equal(measurand, sampled.Measurand);
                Assert.Equal("Sample.Clock", sampled.Context);
                Assert.Equal("Wh", sampled.Unit);
                Assert.Equal("Outlet", sampled.Location);
                long expected = measurand == "Energy.Active.Import.Register" ? rig.ExpectedImportWh(MeterStartWh, value.Timestamp) : 0;
                Assert.Equal(expected.ToString(), sampled.Value);
            }
        }
    }
}
