using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Metering;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Conformance
{
    /// <summary>
    /// TC_070: with ClockAlignedDataInterval = 0 (the TCD's precondition, so no Sample.Clock value interleaves), while
    /// charging MeterValues come every MeterValueSampleInterval counted from the transaction start, context
    /// Sample.Periodic, one sampledValue per MeterValuesSampledData measurand; checked over three intervals.
    /// </summary>
    public class TC_070_SampledMeterValuesTests
    {
        private const long MeterStartWh = 1_234_567;

        /// <summary>
        /// The import register, which a charging EV moves. product-a ships with Energy.Active.Export.Register (see the
        /// test below), so here it is configured to the import register first, as a CSMS may do, and every profile is
        /// checked on a value that moves by what the EV drew.
        /// </summary>
        [Theory]
        [InlineData("default")]
        [InlineData("product-a")]
        [InlineData("product-b")]
        public void TC_070_sampled_meter_values_every_interval_from_the_transaction_start(string profile)
        {
            ChargerRig rig = Prepared(profile, "Energy.Active.Import.Register");
            int interval = rig.Charger.Configuration.Find("MeterValueSampleInterval").IntValue;

            List<MeterValuesJson> received = ChargeForThreeIntervals(rig, interval, out DateTime start);

            for (int i = 0; i < received.Count; i++)
            {
                SampledValueJson sampled = Assert.Single(received[i].Value.SampledValues);
                Assert.Equal(start.AddSeconds(interval * (i + 1)), received[i].Value.Timestamp);
                Assert.Equal("Energy.Active.Import.Register", sampled.Measurand);
                Assert.Equal(rig.ExpectedImportWh(MeterStartWh, received[i].Value.Timestamp).ToString(), sampled.Value);
            }

            // The raw register, never rebased: it goes on from meterStart by what the EV drew in each interval.
            long[] registers = received.Select(m => long.Parse(m.Value.SampledValues[0].Value)).ToArray();
            long perInterval = (long)MeteringSteps.FullPowerW * interval / 3600;
            Assert.InRange(registers[0] - MeterStartWh, perInterval - 1, perInterval);
            Assert.InRange(registers[1] - registers[0], perInterval - 1, perInterval + 1);
            Assert.InRange(registers[2] - registers[1], perInterval - 1, perInterval + 1);
        }

        /// <summary>
        /// product-a as certified: MeterValuesSampledData = Energy.Active.Export.Register. An EV that charges never
        /// exports, so OCTT sees the export register standing still (0 on this meter) in every Sample.Periodic value.
        /// That is what the meter truly reports, and TC_070 checks the context, the measurand and the interval, so the
        /// product passed with it; the test pins that the register sent is the export one and that it does not move.
        /// </summary>
        [Fact]
        public void TC_070_product_a_reports_its_export_register_which_stays_put_while_the_EV_charges()
        {
            ChargerRig rig = Prepared("product-a", null);
            int interval = rig.Charger.Configuration.Find("MeterValueSampleInterval").IntValue;

            List<MeterValuesJson> received = ChargeForThreeIntervals(rig, interval, out DateTime start);

            for (int i = 0; i < received.Count; i++)
            {
                SampledValueJson sampled = Assert.Single(received[i].Value.SampledValues);
                Assert.Equal(start.AddSeconds(interval * (i + 1)), received[i].Value.Timestamp);
                Assert.Equal("Energy.Active.Export.Register", sampled.Measurand);
                Assert.Equal("0", sampled.Value);
            }

            Assert.True(rig.Evse.EnergyWh > MeterStartWh, "the EV did charge meanwhile");
        }

        /// <summary>The TC_070 preconditions; <paramref name="measurand"/> (when not null) as MeterValuesSampledData.</summary>
        private static ChargerRig Prepared(string profile, string measurand)
        {
            ChargerRig rig = ChargerRig.WithHardware(profile);
            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "0"));
            if (measurand != null)
            {
                Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValuesSampledData", measurand));
            }

            rig.Evse.SetEnergyRegister(MeterStartWh);
            return rig;
        }

        /// <summary>Starts transaction 70 and charges for three intervals; returns the three MeterValues, each checked for what every one must carry.</summary>
        private static List<MeterValuesJson> ChargeForThreeIntervals(ChargerRig rig, int interval, out DateTime start)
        {
            rig.StartChargingRemotely("TAG-70", 70);
            start = rig.Clock.UtcNow;
            List<MeterValuesJson> received = rig.RunAnswering(3 * interval * 1000L + 500);

            Assert.Equal(3, received.Count);
            foreach (MeterValuesJson message in received)
            {
                Assert.Equal(1, message.ConnectorId);
                Assert.Equal(70, message.TransactionId);
                SampledValueJson sampled = Assert.Single(message.Value.SampledValues);
                Assert.Equal("Sample.Periodic", sampled.Context);
                Assert.Equal("Wh", sampled.Unit);
                Assert.Equal("Outlet", sampled.Location);
                Assert.Null(sampled.Phase);
            }

            return received;
        }
    }
}
