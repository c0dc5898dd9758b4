using System.Collections.Generic;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>A charging profile's limit as the CSMS reads it in the meter values: offered, drawn and counted.</summary>
    public class LimitedMeterValuesTests
    {
        private const string Measurands =
            "Current.Import,Power.Active.Import,Current.Offered,Power.Offered,Energy.Active.Import.Interval,Energy.Active.Import.Register";

        [Fact]
        public void Meter_values_show_the_vehicle_held_to_the_limit_and_nothing_offered_or_drawn_while_suspended()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("MeterValuesSampledData", Measurands));
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger, 105);
            rig.StartCharging("TAG-V", 21);

            List<MeterValuesJson> limited = rig.RunAnswering(60_500);
            limit.DeciAmps = 50;
            List<MeterValuesJson> suspended = rig.RunAnswering(120_000);

            MeterValueJson atLimit = Assert.Single(limited).Value;
            Assert.Equal("10.5", atLimit.Of("Current.Offered").Value);
            Assert.Equal("7245", atLimit.Of("Power.Offered").Value);
            Assert.Equal("10.5", atLimit.Of("Current.Import", "L1").Value);
            Assert.Equal("7245", atLimit.Of("Power.Active.Import").Value);
            // 7,245 W for 60 s is 120.75 Wh; the register counts whole Wh.
            Assert.InRange(atLimit.Of("Energy.Active.Import.Interval").Number, 120, 121);

            Assert.Equal(2, suspended.Count);
            MeterValueJson idle = suspended[1].Value;
            Assert.Equal("0", idle.Of("Current.Offered").Value);
            Assert.Equal("0", idle.Of("Power.Offered").Value);
            Assert.Equal("0", idle.Of("Current.Import", "L1").Value);
            Assert.Equal("0", idle.Of("Power.Active.Import").Value);
            Assert.Equal("0", idle.Of("Energy.Active.Import.Interval").Value);
            Assert.Equal(suspended[0].Value.Of("Energy.Active.Import.Register").Value, idle.Of("Energy.Active.Import.Register").Value);
        }
    }
}
