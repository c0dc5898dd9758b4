using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_070: while charging, MeterValues every MeterValueSampleInterval counted from the transaction start, context
    /// Sample.Periodic, one sampledValue per MeterValuesSampledData measurand; checked over three intervals.
    /// </summary>
    public class TC_070_SampledMeterValuesTests
    {
        private const long MeterStartWh = 1_234_567;

        [Theory]
        [InlineData("default", "Energy.Active.Import.Register")]
        [InlineData("product-a", "Energy.Active.Export.Register")]
        [InlineData("product-b", "Energy.Active.Import.Register")]
        public void TC_070_sampled_meter_values_every_interval_from_the_transaction_start(string profile, string measurand)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            int interval = rig.Charger.Configuration.Find("MeterValueSampleInterval").IntValue;
            rig.Evse.SetEnergyRegister(MeterStartWh);

            rig.StartChargingRemotely("TAG-70", 70);
            DateTime start = rig.Clock.UtcNow;
            List<MeterValuesJson> received = rig.RunAnswering(3 * interval * 1000L + 500);

            Assert.Equal(3, received.Count);
            for (int i = 0; i < received.Count; i++)
            {
                MeterValuesJson message = received[i];
                Assert.Equal(1, message.ConnectorId);
                Assert.Equal(70, message.TransactionId);
                MeterValueJson value = message.Value;
                Assert.Equal(start.AddSeconds(interval * (i + 1)), value.Timestamp);
                SampledValueJson sampled = Assert.Single(value.SampledValues);
                Assert.Equal(measurand, sampled.Measurand);
                Assert.Equal("Sample.Periodic", sampled.Context);
                Assert.Equal("Wh", sampled.Unit);
                Assert.Equal("Outlet", sampled.Location);
                Assert.Null(sampled.Phase);
                long expected = measurand == "Energy.Active.Import.Register" ? rig.ExpectedImportWh(MeterStartWh, value.Timestamp) : 0;
                Assert.Equal(expected.ToString(), sampled.Value);
            }

            if (measurand == "Energy.Active.Import.Register")
            {
                // The raw register, never rebased: it goes on from meterStart by what the EV drew in each interval.
                long[] registers = received.Select(m => long.Parse(m.Value.SampledValues[0].Value)).ToArray();
                long perInterval = (long)MeteringSteps.FullPowerW * interval / 3600;
                Assert.InRange(registers[0] - MeterStartWh, perInterval - 1, perInterval);
                Assert.InRange(registers[1] - registers[0], perInterval - 1, perInterval + 1);
                Assert.InRange(registers[2] - registers[1], perInterval - 1, perInterval + 1);
            }
        }
    }
}
