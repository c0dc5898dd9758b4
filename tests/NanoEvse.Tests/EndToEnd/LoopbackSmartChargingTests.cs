using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Csms;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host.Evse;
using Xunit;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.EndToEnd
{
    /// <summary>A TxProfile sent with RemoteStartTransaction over a real loopback WebSocket lowers the current the vehicle draws.</summary>
    public class LoopbackSmartChargingTests
    {
        [Fact]
        public async Task A_TxProfile_of_10_A_lowers_the_vehicles_measured_current_to_10_A()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { HeartbeatIntervalSeconds = 300 });
            SimulatedConnector evse = null;
            await using LoopbackCharger cp = LoopbackCharger.WithModules(csms, "CP-SC", s =>
            {
                evse = new SimulatedConnector(new NanoEvse.Hal.Host.HostClock(), false);
                s.Hardware = new ChargerHardware(new[] { evse.Hardware }, null);
            });
            evse.EvAsksAtOnce = true;
            evse.Plug();

            TimeSpan wait = TimeSpan.FromSeconds(10);
            await csms.WaitForCallAsync("CP-SC", "BootNotification", wait);
            await csms.CallAsync("CP-SC", "ChangeConfiguration", new JsonObject { ["key"] = "MeterValuesSampledData", ["value"] = "Current.Import,Current.Offered" }, wait);
            await csms.CallAsync("CP-SC", "ChangeConfiguration", new JsonObject { ["key"] = "MeterValueSampleInterval", ["value"] = "1" }, wait);
            CsmsCallResult start = await csms.CallAsync("CP-SC", "RemoteStartTransaction", new JsonObject
            {
                ["connectorId"] = 1,
                ["idTag"] = "TAG-SC",
                ["chargingProfile"] = new JsonObject
                {
                    ["chargingProfileId"] = 1,
                    ["stackLevel"] = 0,
                    ["chargingProfilePurpose"] = "TxProfile",
                    ["chargingProfileKind"] = "Relative",
                    ["chargingSchedule"] = new JsonObject
                    {
                        ["chargingRateUnit"] = "A",
                        ["chargingSchedulePeriod"] = new JsonArray(new JsonObject { ["startPeriod"] = 0, ["limit"] = 10.0 }),
                    },
                },
            }, wait);
            Assert.Equal("Accepted", start.Payload.GetProperty("status").GetString());
            await csms.WaitForCallAsync("CP-SC", "StartTransaction", wait);

            ReceivedCall values = await csms.WaitForCallAsync("CP-SC", "MeterValues", wait);
            values = await csms.WaitForCallAsync("CP-SC", "MeterValues", wait);
            await cp.DisposeAsync();

            double offered = Value(values, "Current.Offered");
            double drawn = Value(values, "Current.Import");
            Assert.Equal(10.0, offered);
            Assert.InRange(drawn, 9.0, 10.0);
            Assert.Equal(100, evse.CurrentDeciAmps);
            Assert.Empty(csms.Violations);
        }

        /// <summary>The first sampledValue of <paramref name="measurand"/> (phase L1 when there are phases).</summary>
        private static double Value(ReceivedCall values, string measurand)
        {
            foreach (JsonElement sampled in values.Payload.GetProperty("meterValue")[0].GetProperty("sampledValue").EnumerateArray())
            {
                if (sampled.GetProperty("measurand").GetString() == measurand)
                {
                    return double.Parse(sampled.GetProperty("value").GetString(), CultureInfo.InvariantCulture);
                }
            }

            throw new Xunit.Sdk.XunitException("no " + measurand + " in " + values.Text);
        }
    }
}
